#!/usr/bin/env python3
"""Load and verification for bench/crash.sh (standard library only).

  crash_load.py load   --base URL --ledger FILE [--seconds S] [--seed N]
      One worker thread per demo township walks reports through the whole route over the REST API
      (create, PUT content, submit, 保密审查 / 领导签发 / 县级审核 approvals, publish; once a township has used
      every year that may be created — 2021 up to one year after the report year, i.e. the calendar year — a
      county correction of one of its published reports and the same route again, for as long as the load runs).
      Every transition that is ACKNOWLEDGED (a 2xx answer read in full) is appended to the ledger as one JSON
      line: report id, action, the status it must have led to, the version when the answer carries one.
      A worker stops at the first failed connection (the app was killed) or after S seconds.

  crash_load.py waiting --base URL --ledger FILE
      One more report of 榆林镇 submitted and left in 保密审查 (prints its id).

  crash_load.py snapshot --base URL --out FILE
      Every report's status, version, content hash and history, and every account's open tasks, as JSON
      (ops/check-backup-restore.sh compares one taken before a backup with one taken after the restore).

  crash_load.py verify --base URL --ledger FILE
      After a restart: every acknowledged transition must be in the report's history (counted per target
      status) and the report's version must be at least the acknowledged one ("lost" otherwise); every report
      in review (or APPROVED, waiting to be published) must have exactly one open task at its stage, for the
      stage's account, and every open task must belong to a report in that stage ("orphans" otherwise). Prints one JSON line with the counts.
"""
import argparse
import base64
import collections
import http.client
import json
import os
import random
import sys
import threading
import time
import urllib.error
import urllib.request

UNITS = ["lanhe", "yulin", "beian"]          # demo townships: <u>.clerk, <u>.secrecy, <u>.leader
STAGES = {                                   # status -> (stage, account kind, status after APPROVE)
    "IN_SECRECY_REVIEW": ("SECRECY_REVIEW", "secrecy", "IN_LEADER_SIGNOFF"),
    "IN_LEADER_SIGNOFF": ("LEADER_SIGNOFF", "leader", "IN_COUNTY_REVIEW"),
    "IN_COUNTY_REVIEW": ("COUNTY_REVIEW", "county", "APPROVED"),
}
# an APPROVED report waits for the county office's publish task
WAITING = dict(STAGES, APPROVED=("PUBLISH", "county", "PUBLISHED"))
# the years a clerk may create: the 2021 format's first year up to one ahead of the report year (the previous
# calendar year), so up to this calendar year; the demo's own reports (2020 and before) are never touched
FIRST_YEAR, LAST_YEAR = 2021, time.gmtime().tm_year
HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLE = os.path.join(HERE, "..", "docs", "examples", "lanxi-lanhe-2026.json")


class Down(Exception):
    """The app does not answer (killed): the worker stops."""


class Refused(Exception):
    def __init__(self, code, body):
        super().__init__(f"HTTP {code}: {body[:300]!r}")
        self.code, self.body = code, body


def call(base, user, method, path, body=None, headers=None, timeout=30):
    data = None
    h = {"Authorization": "Basic " + base64.b64encode(f"{user}:demo".encode()).decode()}
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        h["Content-Type"] = "application/json"
    h.update(headers or {})
    req = urllib.request.Request(base + path, data=data, method=method, headers=h)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            raw = r.read()
            return r.status, (json.loads(raw) if raw else None), dict(r.headers)
    except urllib.error.HTTPError as e:
        raw = e.read()
        raise Refused(e.code, raw.decode("utf-8", "replace"))
    except (urllib.error.URLError, http.client.HTTPException, ConnectionError, TimeoutError, OSError) as e:
        # no answer, or an answer cut off by the kill: not acknowledged
        raise Down(str(e))


class Ledger:
    def __init__(self, path):
        self.f = open(path, "a", encoding="utf-8")
        self.lock = threading.Lock()
        self.count = 0

    def ack(self, report_id, action, to, version=None):
        line = json.dumps({"t": round(time.time(), 3), "id": report_id, "action": action, "to": to,
                           "version": version})
        with self.lock:
            self.f.write(line + "\n")
            self.f.flush()
            self.count += 1


class Worker(threading.Thread):
    def __init__(self, base, ledger, unit, deadline, rng, errors):
        super().__init__(daemon=True)
        self.base, self.ledger, self.unit, self.deadline, self.rng = base, ledger, unit, deadline, rng
        self.errors = errors
        self.code = f"lanxi-{unit}"
        self.used = set()
        self.template = None

    def account(self, kind):
        return "county" if kind == "county" else f"{self.unit}.{kind}"

    def run(self):
        try:
            listed = self.list_reports()
            self.used = {r["year"] for r in listed}
            while time.time() < self.deadline:
                self.one_round()
        except Down:
            pass
        except Exception as e:  # an unexpected answer: report it, stop this worker
            self.errors.append(f"{self.unit}: {e}")

    def list_reports(self, status=None):
        out, page = [], 0
        while page < 100:
            q = f"/api/v1/reports?unit={self.code}&size=100&page={page}" + (f"&status={status}" if status else "")
            _, body, _ = call(self.base, "county", "GET", q)
            out += body
            if len(body) < 100:
                return out
            page += 1
        return out

    def content(self, year):
        if self.template is None:
            # the example names 兰河乡; other townships reuse its figures under their own unit block
            self.template = open(EXAMPLE, encoding="utf-8").read()
        doc = json.loads(self.template.replace("2026", str(year)))
        if self.unit != "lanhe":
            _, me, _ = call(self.base, "county", "GET", f"/api/v1/reports/{self.current}")
            doc["unit"] = me["report"]["unit"]
        return doc

    def one_round(self):
        free = [y for y in range(FIRST_YEAR, LAST_YEAR + 1) if y not in self.used]
        if free:
            year = free[0]
            self.used.add(year)
            try:
                _, body, _ = call(self.base, f"{self.unit}.clerk", "POST", "/api/v1/reports",
                                  {"unit": self.code, "year": year})
            except Refused as e:
                if e.code == 409:
                    return  # created before the last kill without an answer: take the next year
                raise
            rid = body["id"]
            self.current = rid
            self.ledger.ack(rid, "CREATE", "DRAFT", body["version"])
            version, editable = body["version"], "DRAFT"
        else:
            published = [r for r in self.list_reports("PUBLISHED") if r["year"] >= FIRST_YEAR]
            if not published:
                time.sleep(0.2)
                return
            r = self.rng.choice(published)
            year, rid = r["year"], r["id"]
            self.current = rid
            _, body, _ = call(self.base, "county", "POST", f"/api/v1/reports/{rid}/corrections",
                              {"reason": "更正第六部分表述"})
            self.ledger.ack(rid, "CORRECTION", "IN_CORRECTION", body.get("version"))
            version, editable = body["version"], "IN_CORRECTION"
        # the clerk fills it in
        _, body, _ = call(self.base, f"{self.unit}.clerk", "PUT", f"/api/v1/reports/{rid}",
                          json.dumps(self.content(year)).encode(), {"If-Match": f'"{version}"'})
        self.ledger.ack(rid, "EDIT", editable, body["version"])
        self.submit(rid)
        status = "IN_SECRECY_REVIEW"
        while status in STAGES:
            stage, kind, after = STAGES[status]
            who = self.account(kind)
            _, tasks, _ = call(self.base, who, "GET", "/api/v1/tasks")
            mine = [t["taskId"] for t in tasks if t["reportId"] == rid and t["stage"] == stage]
            if len(mine) != 1:
                raise RuntimeError(f"report {rid} in {status}: {len(mine)} open tasks for {who}")
            call(self.base, who, "POST", f"/api/v1/tasks/{mine[0]}/complete",
                 {"decision": "APPROVE", "comment": "同意"})
            self.ledger.ack(rid, "APPROVE", after)
            status = after
        _, body, _ = call(self.base, "county", "POST", f"/api/v1/reports/{rid}/publish")
        self.ledger.ack(rid, "PUBLISH", "PUBLISHED", body.get("version"))

    def submit(self, rid):
        explanations = {}
        for _ in range(3):
            try:
                _, body, _ = call(self.base, f"{self.unit}.clerk", "POST", f"/api/v1/reports/{rid}/submit",
                                  {"explanations": explanations} if explanations else None)
                self.ledger.ack(rid, "SUBMIT", "IN_SECRECY_REVIEW", body.get("version"))
                return
            except Refused as e:
                if e.code != 409:
                    raise
                keys = findings_keys(e.body)
                if not keys or all(k in explanations for k in keys):
                    raise
                for k in keys:
                    explanations[k] = "与上年度情况相同，已核实。"
        raise RuntimeError(f"report {rid}: submit refused three times")


def findings_keys(body):
    """'<rule>@<at>' of every WARNING in a 409 answer to submit."""
    try:
        doc = json.loads(body)
    except ValueError:
        return []
    keys = []

    def walk(node):
        if isinstance(node, dict):
            if "rule" in node and "at" in node and node.get("severity", "WARNING") == "WARNING":
                keys.append(f"{node['rule']}@{node['at']}")
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    walk(doc)
    return keys


def load(args):
    ledger = Ledger(args.ledger)
    rng = random.Random(args.seed)
    deadline = time.time() + args.seconds
    errors = []
    workers = [Worker(args.base, ledger, u, deadline, random.Random(rng.random()), errors) for u in UNITS]
    for w in workers:
        w.start()
    for w in workers:
        w.join(args.seconds + 60)
    print(json.dumps({"acknowledged": ledger.count, "errors": errors}, ensure_ascii=False))
    return 0


def verify(args):
    acks = collections.defaultdict(list)
    if os.path.exists(args.ledger):
        with open(args.ledger, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    a = json.loads(line)
                    acks[a["id"]].append(a)
    base = args.base
    lost, details = 0, []
    for rid, items in sorted(acks.items()):
        try:
            _, report, _ = call(base, "county", "GET", f"/api/v1/reports/{rid}")
            _, history, _ = call(base, "county", "GET", f"/api/v1/reports/{rid}/history")
        except Refused as e:
            lost += len(items)
            details.append(f"report {rid}: {e} ({len(items)} acknowledged transitions)")
            continue
        seen = collections.Counter(h["to"] for h in history)
        want = collections.Counter(a["to"] for a in items)
        for to, n in want.items():
            if seen[to] < n:
                lost += n - seen[to]
                last = max(a["t"] for a in items if a["to"] == to)
                details.append(f"report {rid}: {n} acknowledged transition(s) to {to}, history has {seen[to]}"
                               f" (last acknowledged at {last})")
        vmax = max((a["version"] for a in items if a["version"] is not None), default=-1)
        if report["version"] < vmax:
            details.append(f"report {rid}: version {report['version']} < acknowledged {vmax}")
            if not any(d.startswith(f"report {rid}:") and "history has" in d for d in details):
                lost += 1
    # every report in review has exactly its open task, and no task points elsewhere
    orphans = 0
    in_review = {}
    for status in WAITING:
        page = 0
        while page < 1000:
            _, body, _ = call(base, "county", "GET", f"/api/v1/reports?status={status}&size=100&page={page}")
            for r in body:
                in_review[r["id"]] = (status, r["unit"])
            if len(body) < 100:
                break
            page += 1
    tasks = collections.defaultdict(list)
    accounts = ["county"] + [f"{u}.{k}" for u in UNITS for k in ("secrecy", "leader")]
    for who in accounts:
        _, body, _ = call(base, who, "GET", "/api/v1/tasks")
        for t in body:
            tasks[(t["reportId"], t["stage"])].append((who, t["taskId"]))
    for rid, (status, unit) in in_review.items():
        stage, kind, _ = WAITING[status]
        who = "county" if kind == "county" else f"{unit.split('-', 1)[1]}.{kind}"
        mine = {tid for w, tid in tasks.get((rid, stage), []) if w == who}
        if len(mine) != 1:
            orphans += 1
            details.append(f"report {rid} {status}: {len(mine)} open {stage} task(s) for {who}")
    for (rid, stage), owners in tasks.items():
        status = in_review.get(rid, (None,))[0]
        if status is None or WAITING[status][0] != stage:
            orphans += 1
            details.append(f"task {owners[0][1]} ({stage}) for report {rid}, which is {status or 'not in review'}")
    out = {"reports": len(acks), "acknowledged": sum(len(v) for v in acks.values()), "lost": lost,
           "orphans": orphans, "in_review": len(in_review), "details": details[:50]}
    print(json.dumps(out, ensure_ascii=False))
    return 0


def waiting(args):
    """One more 榆林镇 report submitted and left waiting in 保密审查 — a new year if one is free, else a correction
    of a published one. Prints its id."""
    w = Worker(args.base, Ledger(args.ledger), "yulin", time.time() + 60, random.Random(1), [])
    listed = w.list_reports()
    used = {r["year"] for r in listed}
    free = [y for y in range(FIRST_YEAR, LAST_YEAR + 1) if y not in used]
    if free:
        year = free[-1]
        _, body, _ = call(args.base, "yulin.clerk", "POST", "/api/v1/reports", {"unit": w.code, "year": year})
        rid = w.current = body["id"]
        w.ledger.ack(rid, "CREATE", "DRAFT", body["version"])
        editable = "DRAFT"
    else:
        published = [r for r in listed if r["status"] == "PUBLISHED" and r["year"] >= FIRST_YEAR]
        year, rid = published[-1]["year"], published[-1]["id"]
        w.current = rid
        _, body, _ = call(args.base, "county", "POST", f"/api/v1/reports/{rid}/corrections", {"reason": "更正第六部分表述"})
        w.ledger.ack(rid, "CORRECTION", "IN_CORRECTION", body.get("version"))
        editable = "IN_CORRECTION"
    _, body, _ = call(args.base, "yulin.clerk", "PUT", f"/api/v1/reports/{rid}",
                      json.dumps(w.content(year)).encode(), {"If-Match": f'"{body["version"]}"'})
    w.ledger.ack(rid, "EDIT", editable, body["version"])
    w.submit(rid)
    print(rid)
    return 0


def snapshot(args):
    """What the API answers about every report: status, version, content, history, and the open tasks."""
    import hashlib
    base = args.base
    reports, page = [], 0
    while page < 1000:
        _, body, _ = call(base, "county", "GET", f"/api/v1/reports?size=100&page={page}")
        reports += body
        if len(body) < 100:
            break
        page += 1
    out = {"reports": {}, "tasks": {}}
    for r in sorted(reports, key=lambda r: r["id"]):
        _, full, _ = call(base, "county", "GET", f"/api/v1/reports/{r['id']}")
        _, history, _ = call(base, "county", "GET", f"/api/v1/reports/{r['id']}/history")
        content = json.dumps(full.get("report"), sort_keys=True, ensure_ascii=False).encode()
        out["reports"][str(r["id"])] = {"unit": r["unit"], "year": r["year"], "status": full["status"],
                                        "version": full["version"],
                                        "content_sha256": hashlib.sha256(content).hexdigest(),
                                        "history": history}
    for who in ["county"] + [f"{u}.{k}" for u in UNITS for k in ("secrecy", "leader")]:
        _, body, _ = call(base, who, "GET", "/api/v1/tasks")
        out["tasks"][who] = sorted((t["taskId"], t["reportId"], t["stage"]) for t in body)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=True)
    print(json.dumps({"reports": len(out["reports"]),
                      "history": sum(len(r["history"]) for r in out["reports"].values()),
                      "tasks": sum(len(t) for t in out["tasks"].values())}))
    return 0


def main():
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["load", "verify", "snapshot", "waiting"])
    p.add_argument("--base", required=True)
    p.add_argument("--ledger")
    p.add_argument("--out")
    p.add_argument("--seconds", type=float, default=60)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    sys.exit({"load": load, "verify": verify, "snapshot": snapshot, "waiting": waiting}[a.mode](a))


if __name__ == "__main__":
    main()
