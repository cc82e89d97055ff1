package cn.nianbao.reports.publish;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The public files in memory, bounded by their bytes (a province's reports do not fit, so the count of entries says
 * nothing about the heap). Reads take no lock, so 200 readers do not queue on the portal's hottest path; the least
 * recently read files are dropped when an insertion goes over the budget (a scan, rare: only on insertion, and
 * only when full). Each entry remembers when it was last confirmed as the current version: within
 * {@code revalidateAfterNanos} it is served without asking the database.
 */
final class PublicFileCache {

    /** A cached file and its bookkeeping; the two times are written by readers, hence volatile. */
    static final class Entry {
        final PublicFile file;
        volatile long confirmedAt;
        volatile long readAt;

        Entry(PublicFile file, long now) {
            this.file = file;
            this.confirmedAt = now;
            this.readAt = now;
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final long maxBytes;

    PublicFileCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    static String key(String unitCode, int year, String kind) {
        return unitCode + '/' + year + '/' + kind;
    }

    Entry get(String key, long now) {
        Entry e = entries.get(key);
        if (e != null) {
            e.readAt = now;
        }
        return e;
    }

    void put(String key, PublicFile file, long now) {
        long size = file.bytes().length;
        if (size > maxBytes) {
            return;
        }
        Entry old = entries.put(key, new Entry(file, now));
        bytes.addAndGet(size - (old == null ? 0 : old.file.bytes().length));
        while (bytes.get() > maxBytes) {
            if (!dropLeastRecentlyRead()) {
                break;
            }
        }
    }

    void remove(String key) {
        Entry old = entries.remove(key);
        if (old != null) {
            bytes.addAndGet(-old.file.bytes().length);
        }
    }

    /** Drops every file of a unit's year (a new publication or correction of it). */
    void removeReport(String unitCode, int year) {
        String prefix = unitCode + '/' + year + '/';
        entries.keySet().stream().filter(k -> k.startsWith(prefix)).toList().forEach(this::remove);
    }

    long bytes() {
        return bytes.get();
    }

    int size() {
        return entries.size();
    }

    private boolean dropLeastRecentlyRead() {
        Map.Entry<String, Entry> oldest = null;
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            if (oldest == null || e.getValue().readAt < oldest.getValue().readAt) {
                oldest = e;
            }
        }
        if (oldest == null) {
            return false;
        }
        if (entries.remove(oldest.getKey(), oldest.getValue())) {
            bytes.addAndGet(-oldest.getValue().file.bytes().length);
        }
        return true;
    }
}
