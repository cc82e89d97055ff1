package cn.nianbao.domain.rule;

/** A confidentiality rule's short name (身份证号码, 自然人姓名 …), for texts that list findings by kind. */
public final class RuleNames {

    private RuleNames() {
    }

    public static String of(String rule) {
        return RuleMessages.get("name." + rule);
    }
}
