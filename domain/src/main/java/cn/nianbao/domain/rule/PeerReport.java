package cn.nianbao.domain.rule;

import java.util.Map;

/**
 * Another unit's report of the same county and year, as Y-TEXT-SIM compares with it: the unit's name (public
 * knowledge) and the sketches of its sections — never its text, so a finding can name the peer and no more.
 */
public record PeerReport(String unitName, Map<String, SectionSketch> sketches) {

    public PeerReport {
        sketches = Map.copyOf(sketches);
    }
}
