"""Benchmark: a newsroom night compressed — 20 desks (processes) on a 24-page edition in the shared
store: reporters edit captions, credits and story text, editors move frames, check pages out and in,
chief editors submit, sign and reopen pages, print staff read signed pages and mark them sent; every
few seconds one desk is killed with SIGKILL and started again. Then:

  lost committed edits   every edit a desk saw committed is in the history at its version (must be 0)
  corrupt records        a record that does not read, or whose version is not its history's last (must be 0)
  change → other desk    median and 99th percentile from the start of a commit to its arrival, with
                         its operations, at each watching desk (target ≤ 0.5 s); desks then lay the
                         operations on the versions they hold (Desk.receive), reading a record whole
                         only when they missed a version
  open an edition        read and join the 24 pages' records into the document (target ≤ 1 s)

Run: python benchmarks/newsroom.py [--seconds 60] [--engine sqlite|postgresql|both]
On a shared machine the times depend on the load: read them beside the calibration line."""
from __future__ import annotations

import argparse
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from layout_app.store.base import Refused, StoreError  # noqa: E402

PAGES = 24
ROLES = ["editor"] * 6 + ["reporter"] * 11 + ["chief"] * 2 + ["print"]      # 20 desks
KILL_EVERY = 6.0          # s between kills


def edition_document(pages: int = PAGES):
    """The demo page 24 times over, each page with its own stories, photos and frames."""
    from layout_app.assets import DEMO_DIR
    from layout_app.io.docfile import document_to_data, furniture_to_data, load_document, loads_document
    from layout_app.store.records import _plain

    demo = load_document(DEMO_DIR / "demo.yaml")
    data = document_to_data(demo)
    furniture_to_data(demo, data)
    data = _plain(data)
    page0, stories, photos = data["pages"][0], data["stories"], data["photos"]
    data["pages"], data["stories"], data["photos"] = [], [], []
    data.pop("spreads", None)
    for k in range(1, pages + 1):
        sfx = f"-{k:02}"
        page = json.loads(json.dumps(page0))
        page.update(id=f"P{k:02}", number=k)
        for f in page["frames"]:
            f["id"] += sfx
            for ref in ("story", "photo"):
                if ref in f:
                    f[ref] += sfx
        data["pages"].append(page)
        data["stories"] += [dict(s, id=s["id"] + sfx) for s in stories]
        data["photos"] += [dict(p, id=p["id"] + sfx) for p in photos]
    return loads_document(json.dumps(data, ensure_ascii=False), "<24-page edition>")


# --- one desk -----------------------------------------------------------------------------------------

def client(where: str, user: str, role: str, edition: str, seconds: float, log: str, seed: int) -> None:
    import queue

    from layout_app.store import open_store
    from layout_app.store.desk import Desk

    rnd = random.Random(seed)
    store = open_store(where, user)
    desk = Desk(store, edition)
    out = open(log, "a", encoding="utf-8")
    arrived: queue.Queue = queue.Queue()

    def note(**entry):
        out.write(json.dumps(entry, ensure_ascii=False) + "\n")
        out.flush()

    def on_change(change):
        t = time.time()             # the change has arrived with its operations (read by the watcher)
        if change.author != user and change.action == "edit":
            note(arrival=[change.kind, change.key, change.version], t=t, ops=change.ops is not None)
        arrived.put(change)

    watcher = store.watch(edition, on_change)
    desk.catch_up()                 # what was saved between the desk's read and the watcher's start
    signal.signal(signal.SIGTERM, lambda *_: (watcher.stop(), sys.exit(0)))
    end = time.time() + seconds
    keys = {kind: sorted(k for (c, k) in desk.base if c == kind) for kind in ("page", "story", "photo")}
    n = 0
    while time.time() < end:
        time.sleep(rnd.uniform(0.3, 1.2))
        batch = []
        while not arrived.empty():
            batch.append(arrived.get())
        if batch:                   # the operations laid on the versions held; a missed one read whole
            got = desk.receive(batch)
            note(applied=len(got.applied), fetched=len(got.fetched), statuses=len(got.statuses), reread=got.reread)
        n += 1
        try:
            if role == "reporter":
                if rnd.random() < 0.5:
                    key = rnd.choice(keys["photo"])
                    field, value = rnd.choice(("caption", "credit")), f"{user} 第{n}次 {time.time():.3f}"
                    kind = "photo"
                else:
                    key, kind, field = rnd.choice(keys["story"]), "story", "headline"
                    value = f"{user}改{n}"
                data = dict(desk.base[(kind, key)].data, **{field: value})
                t0 = time.time()
                rec, conflicts = desk.save_record(kind, key, data)
                if conflicts:
                    note(conflict=[kind, key, field])
                elif rec.data.get(field) == value:
                    note(commit=[kind, key, rec.version], field=field, value=value, t0=t0)
            elif role == "editor":
                key = rnd.choice(keys["page"])
                if rnd.random() < 0.15:
                    store.check_out(edition, "page", key)
                    time.sleep(rnd.uniform(0.2, 0.8))
                    store.check_in(edition, "page", key)
                    continue
                page = desk.base[("page", key)].data
                frames = [dict(f) for f in page["frames"]]
                f = rnd.choice(frames)
                f["dx"], f["dy"] = round(rnd.uniform(-3, 3), 2), round(rnd.uniform(-3, 3), 2)
                data = dict(page, frames=frames)
                t0 = time.time()
                rec, conflicts = desk.save_record("page", key, data)
                if conflicts:
                    note(conflict=["page", key, f["id"]])
                else:
                    mine = next(x for x in rec.data["frames"] if x["id"] == f["id"])
                    if (mine.get("dx"), mine.get("dy")) == (f["dx"], f["dy"]):
                        note(commit=["page", key, rec.version], field=f"frames/{f['id']}", value=[f["dx"], f["dy"]], t0=t0)
            elif role == "chief":
                key = rnd.choice(keys["page"])
                status = store.get(edition, "page", key).status
                nxt = {"draft": "review", "review": "signed", "signed": "draft", "sent": "draft"}[status]
                if nxt == "draft" and rnd.random() < 0.7:
                    continue                          # sign-offs stay signed most of the time
                store.set_status(edition, key, nxt)
            else:
                for p in store.pages(edition):
                    if p.status == "signed":
                        store.set_status(edition, p.key, "sent")
        except Refused as exc:
            note(refused=str(exc)[:80])
        except StoreError as exc:
            note(error=str(exc)[:120])
    watcher.stop()


# --- the night ------------------------------------------------------------------------------------------

def night(where: str, seconds: float, work: Path) -> dict:
    from layout_app.store import open_store
    from layout_app.store.desk import Desk
    from layout_app.store.history import diff_versions  # noqa: F401  (the history reads as people read it)

    admin = open_store(where) if where.startswith("postgresql") else None
    if admin is None:
        from layout_app.store import init_store
        admin = init_store(where, "admin", "chief")
    users = [(f"{role}{k}", role) for k, role in enumerate(ROLES)]
    for name, role in users:
        admin.add_user(name, role)
    edition = "2026-11-29"
    admin.import_document(edition, edition_document())
    opens = []
    for _ in range(3):
        t = time.perf_counter()
        Desk(admin, edition).document()
        opens.append(time.perf_counter() - t)

    procs: dict[int, tuple[subprocess.Popen, str, str]] = {}

    def start(k: int, name: str, role: str, left: float) -> None:
        log = work / f"{name}.{time.time():.3f}.jsonl"
        p = subprocess.Popen([sys.executable, __file__, "--client", where, name, role, edition, str(left), str(log),
                              str(random.randrange(1 << 30))], cwd=ROOT)
        procs[k] = (p, name, role)

    t_end = time.time() + seconds
    for k, (name, role) in enumerate(users):
        start(k, name, role, seconds)
    kills = 0
    rnd = random.Random(14)
    while time.time() < t_end - KILL_EVERY:
        time.sleep(KILL_EVERY)
        k = rnd.randrange(len(users))
        p, name, role = procs[k]
        if p.poll() is None:
            os.kill(p.pid, signal.SIGKILL)
            p.wait()
            kills += 1
        start(k, name, role, max(1.0, t_end - time.time()))
    for p, _, _ in procs.values():
        try:
            p.wait(timeout=seconds + 60)
        except subprocess.TimeoutExpired:
            p.kill()

    # --- check the night's work -------------------------------------------------------------------
    commits, arrivals, conflicts, refused, errors = {}, [], 0, 0, []
    applied = fetched = statuses = rereads = with_ops = 0
    for log in work.glob("*.jsonl"):
        for line in log.read_text(encoding="utf-8").splitlines():
            try:
                e = json.loads(line)
            except json.JSONDecodeError:
                continue                       # the last line of a killed desk
            if "commit" in e:
                commits[tuple(e["commit"])] = e
            elif "arrival" in e:
                arrivals.append((tuple(e["arrival"]), e["t"]))
                with_ops += bool(e.get("ops"))
            elif "applied" in e:
                applied, fetched, rereads = applied + e["applied"], fetched + e["fetched"], rereads + e["reread"]
                statuses += e.get("statuses", 0)
            elif "conflict" in e:
                conflicts += 1
            elif "refused" in e:
                refused += 1
            elif "error" in e:
                errors.append(e["error"])
    history = {}
    for v in admin.audit(edition):
        if v.action in ("create", "edit"):
            history.setdefault((v.kind, v.key), []).append(v)
    by_version = {(kind, key, v.version): v for (kind, key), vs in history.items() for v in vs}
    lost = []
    for key, e in commits.items():
        v = by_version.get(key)
        if v is None:
            lost.append(key)
            continue
        field = e["field"]
        if field.startswith("frames/"):
            fr = next((f for f in v.data["frames"] if f["id"] == field[7:]), {})
            ok = [fr.get("dx"), fr.get("dy")] == e["value"]
        else:
            ok = v.data.get(field) == e["value"]
        if not ok:
            lost.append(key)
    corrupt = []
    snap = admin.snapshot(edition)
    for (kind, key), r in snap.items():
        vs = history.get((kind, key), [])
        if not vs or vs[-1].version != r.version or vs[-1].data != r.data or [v.version for v in vs] != list(range(1, r.version + 1)):
            corrupt.append((kind, key))
    try:
        admin.export_document(edition)
    except StoreError as exc:
        corrupt.append(("edition", str(exc)[:100]))
    lags = sorted(t - commits[key]["t0"] for key, t in arrivals if key in commits)
    admin.close()
    return {"commits": len(commits), "arrivals": len(lags), "conflicts": conflicts, "refused": refused,
            "errors": errors[:5], "kills": kills, "lost": len(lost), "corrupt": len(corrupt),
            "median": statistics.median(lags) if lags else float("nan"),
            "p99": lags[min(len(lags) - 1, int(len(lags) * 0.99))] if lags else float("nan"),
            "open": statistics.median(opens), "with_ops": with_ops, "edits_arrived": len(arrivals), "applied": applied, "fetched": fetched, "statuses": statuses,
            "rereads": rereads}


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--client":
        where, user, role, edition, seconds, log, seed = sys.argv[2:9]
        client(where, user, role, edition, float(seconds), log, int(seed))
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--engine", choices=("sqlite", "postgresql", "both"), default="both")
    args = ap.parse_args()
    from probe import calibration
    print(calibration())
    engines = ["sqlite", "postgresql"] if args.engine == "both" else [args.engine]
    for engine in engines:
        work = Path(tempfile.mkdtemp(prefix=f"layout_app_newsroom_{engine}_"))
        server = None
        if engine == "sqlite":
            where = str(work / "newsroom.sqlite")
        else:
            from tests.store.pgserver import PgServer
            from layout_app.store import init_store
            server = PgServer().start()
            where = server.create_database("newsroom")
            init_store(where).close()
        try:
            r = night(where, args.seconds, work)
        finally:
            if server:
                server.stop()
        print(f"{engine}: 20 desks, {PAGES} pages, {args.seconds:.0f} s: {r['commits']} committed edits, "
              f"{r['conflicts']} conflicts shown, {r['refused']} refused, {r['kills']} kills -9; "
              f"lost {r['lost']}, corrupt {r['corrupt']}")
        print(f"{engine}: change → other desk: median {r['median'] * 1000:.0f} ms, p99 {r['p99'] * 1000:.0f} ms "
              f"over {r['arrivals']} arrivals; open the 24-page edition: {r['open'] * 1000:.0f} ms")
        print(f"{engine}: {r['with_ops']} of {r['edits_arrived']} "
              f"arrivals carried operations; desks applied {r['applied']} edits as operations and read "
              f"{r['fetched']} whole (a missed version), read {r['statuses']} records for a "
              f"status or check-out, read the edition again {r['rereads']} times")
        if r["errors"]:
            print(f"{engine}: errors seen by desks: {r['errors']}")


if __name__ == "__main__":
    main()
