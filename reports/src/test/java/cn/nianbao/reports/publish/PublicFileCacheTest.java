package cn.nianbao.reports.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class PublicFileCacheTest {

    private static PublicFile file(long publication, int size) {
        return new PublicFile(publication, "PDF", new byte[size], "application/pdf", "x.pdf", "0".repeat(64), Instant.EPOCH);
    }

    @Test
    void holds_files_up_to_its_byte_budget_and_drops_the_least_recently_read() {
        PublicFileCache cache = new PublicFileCache(1_000);
        cache.put("a", file(1, 400), 1);
        cache.put("b", file(2, 400), 2);
        cache.get("a", 3); // a is now read more recently than b

        cache.put("c", file(3, 400), 4);

        assertThat(cache.bytes()).isEqualTo(800);
        assertThat(cache.get("b", 5)).isNull();
        assertThat(cache.get("a", 6)).isNotNull();
        assertThat(cache.get("c", 7)).isNotNull();
    }

    @Test
    void replacing_a_file_counts_only_the_new_bytes_and_a_file_over_the_budget_is_not_held() {
        PublicFileCache cache = new PublicFileCache(1_000);
        cache.put("a", file(1, 300), 1);
        cache.put("a", file(2, 500), 2);
        assertThat(cache.bytes()).isEqualTo(500);
        assertThat(cache.get("a", 3).file.publicationId()).isEqualTo(2L);

        cache.put("huge", file(3, 1_001), 4);
        assertThat(cache.get("huge", 5)).isNull();
        assertThat(cache.bytes()).isEqualTo(500);
    }

    @Test
    void forgets_every_file_of_a_report_year() {
        PublicFileCache cache = new PublicFileCache(10_000);
        cache.put(PublicFileCache.key("lanxi-lanhe", 2020, "PAGE"), file(1, 10), 1);
        cache.put(PublicFileCache.key("lanxi-lanhe", 2020, "PDF"), file(1, 10), 1);
        cache.put(PublicFileCache.key("lanxi-lanhe", 2021, "PAGE"), file(2, 10), 1);
        cache.put(PublicFileCache.key("lanxi-lanhe-x", 2020, "PAGE"), file(3, 10), 1);

        cache.removeReport("lanxi-lanhe", 2020);

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.bytes()).isEqualTo(20);
    }
}
