#!/usr/bin/env python3
"""Waits, bounded, until no process outside the bench is busy, so that a measured series does not
share the two cores with someone else's build or test servers.

  quiet.py --ours PID [--ours PID ...] [--max-wait S] [--window S] [--busy PERCENT]

A process is ours when it is one of the --ours PIDs or descends from one (the bench script, its
Payara, PostgreSQL and Keycloak). Every --window seconds (10) it measures the CPU used by every
other process; the machine is quiet when no other process used more than --busy percent of one
core (10) and all others together less than twice that. It prints one line per check, and at the
end a summary line starting with QUIET or NOT-QUIET (after --max-wait seconds, 600, it gives up
and says so: the series then runs anyway and the report says the machine was not quiet).
Exit status 0 either way.
"""
import argparse, os, time

HZ = os.sysconf("SC_CLK_TCK")


def snapshot():
    """pid -> (ppid, cpu seconds, command) for every process."""
    out = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                raw = f.read()
            name = raw[raw.index("(") + 1:raw.rindex(")")]
            fields = raw.rsplit(")", 1)[1].split()
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                cmd = f.read().replace(b"\0", b" ").decode(errors="replace").strip() or f"[{name}]"
            out[int(entry)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / HZ, cmd)
        except (FileNotFoundError, ProcessLookupError, ValueError, IndexError):
            pass
    return out


def ours_of(snap, roots):
    mine = set(roots)
    changed = True
    while changed:
        changed = False
        for pid, (ppid, _, _) in snap.items():
            if ppid in mine and pid not in mine:
                mine.add(pid)
                changed = True
    # and our own ancestors (the shell that runs the bench)
    pid = os.getpid()
    while pid > 1 and pid in snap:
        mine.add(pid)
        pid = snap[pid][0]
    return mine


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ours", type=int, action="append", default=[])
    ap.add_argument("--max-wait", type=float, default=600)
    ap.add_argument("--window", type=float, default=10)
    ap.add_argument("--busy", type=float, default=10.0)
    a = ap.parse_args()
    started = time.time()
    while True:
        before = snapshot()
        time.sleep(a.window)
        after = snapshot()
        mine = ours_of(after, a.ours)
        used = []
        for pid, (_, cpu, cmd) in after.items():
            if pid in mine or pid not in before or pid <= 2:
                continue
            share = 100.0 * (cpu - before[pid][1]) / a.window
            if share >= 1.0:
                used.append((share, pid, cmd))
        used.sort(reverse=True)
        total = sum(u[0] for u in used)
        busy = [u for u in used if u[0] > a.busy]
        waited = time.time() - started
        load = open("/proc/loadavg").read().split()[:3]
        top = "; ".join(f"{s:.0f}% pid {p} {c[:90]}" for s, p, c in used[:4]) or "none"
        print(f"  [{waited:4.0f}s] load {' '.join(load)}; other processes {total:.0f}% of a core: {top}", flush=True)
        if not busy and total < 2 * a.busy:
            print(f"QUIET after {waited:.0f} s (other processes {total:.0f}% of a core)")
            return 0
        if waited >= a.max_wait:
            print(f"NOT-QUIET after {waited:.0f} s: other processes used {total:.0f}% of a core; busiest: {top}")
            return 0


if __name__ == "__main__":
    main()
