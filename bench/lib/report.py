#!/usr/bin/env python3
"""Turns a bench run's results (results.jsonl, meta.txt, heap.txt, profile-*.md) into report.md.

  report.py RESULTS_DIR
"""
import json, os, re, statistics, subprocess, sys

TARGET_RPS = {"rest": 1000, "soap": 500}
TARGET_P99_MS = 50
HEAP_LIMIT_MB = 1024


def load(results):
    rows = [json.loads(l) for l in open(os.path.join(results, "results.jsonl"))]
    return rows


def measured(rows, prefix):
    return [r for r in rows if re.fullmatch(re.escape(prefix) + r"-\d+", r["label"])]


def med(values):
    return statistics.median(values) if values else float("nan")


def spread(values, fmt="{:.0f}"):
    if not values:
        return "–"
    return f"{fmt.format(med(values))} ({fmt.format(min(values))}–{fmt.format(max(values))})"


def per_request_ms(rs, key):
    return [1000.0 * r[key] / r["requests"] for r in rs if r.get("requests")]


def others_share(rs):
    return [100.0 * r["cpu_others_s"] / r["cpu_capacity_s"] for r in rs if r.get("cpu_capacity_s")]


def main():
    results = sys.argv[1]
    rows = load(results)
    out = []
    p = out.append
    p("## Bench run\n")
    p("```")
    p(open(os.path.join(results, "meta.txt")).read().rstrip())
    p("```\n")

    p("### Registry intake: throughput and latency (closed loop, every request a new notification)\n")
    p("Median over the measured runs, (min–max) in brackets. Latency is wrk's, per request, in ms.\n")
    p("| interface | database | runs | throughput req/s | p50 ms | p90 ms | p99 ms | max ms | errors / requests | Payara CPU ms/req | PostgreSQL CPU ms/req | CPU taken by other processes |")
    p("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    combos = [("rest", "h2"), ("soap", "h2"), ("rest", "pg"), ("soap", "pg")]
    summary = {}
    for protocol, db in combos:
        rs = measured(rows, f"{db}-{protocol}")
        if not rs:
            continue
        summary[(protocol, db)] = rs
        pg_cpu = spread(per_request_ms(rs, "cpu_postgres_s"), "{:.2f}") if db == "pg" else "–"
        p(f"| {protocol.upper()} | {'H2' if db == 'h2' else 'PostgreSQL'} | {len(rs)} "
          f"| {spread([r['rps'] for r in rs])} | {spread([r['p50_ms'] for r in rs], '{:.1f}')} "
          f"| {spread([r['p90_ms'] for r in rs], '{:.1f}')} | {spread([r['p99_ms'] for r in rs], '{:.1f}')} "
          f"| {spread([r['max_ms'] for r in rs], '{:.0f}')} "
          f"| {sum(r['errors'] for r in rs)} / {sum(r['requests'] for r in rs)} "
          f"| {spread(per_request_ms(rs, 'cpu_payara_s'), '{:.2f}')} | {pg_cpu} "
          f"| {spread(others_share(rs), '{:.0f}')} % |")
    kc = [r["cpu_keycloak_s"] for rs in summary.values() for r in rs if "cpu_keycloak_s" in r]
    if kc:
        p(f"\nKeycloak's CPU during the measured runs (tokens are taken before each run): "
          f"median {med(kc):.2f} s, max {max(kc):.2f} s per run.")
    pgb = measured(rows, "pgbench")
    nosec = measured(rows, "pgbench-nosec")
    if pgb:
        p("\n### PostgreSQL's own ceiling for the same SQL (pgbench, same clients, same duration, same cluster, same run)\n")
        p("`security=1`: what one notification sends now (organisation status check, intake transaction, audit entry in its"
          " own transaction); `security=0`: the same script without the check and the audit transaction, i.e. what one"
          " notification sent before tokens were required.\n")
        p("| script | runs | TPS | p50 ms | p90 ms | p99 ms | max ms | failed | PostgreSQL CPU ms/tx | pgbench CPU ms/tx | CPU taken by other processes |")
        p("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for name, rs in (("bench/pgbench/intake.sql, security=1", pgb), ("bench/pgbench/intake.sql, security=0", nosec)):
            if not rs:
                continue
            p(f"| {name} | {len(rs)} | {spread([r['rps'] for r in rs])} "
              f"| {spread([r['p50_ms'] for r in rs], '{:.1f}')} | {spread([r['p90_ms'] for r in rs], '{:.1f}')} "
              f"| {spread([r['p99_ms'] for r in rs], '{:.1f}')} | {spread([r['max_ms'] for r in rs], '{:.0f}')} "
              f"| {sum(r['errors'] for r in rs)} | {spread(per_request_ms(rs, 'cpu_postgres_s'), '{:.2f}')} "
              f"| {spread(per_request_ms(rs, 'cpu_loadgen_s'), '{:.2f}')} | {spread(others_share(rs), '{:.0f}')} % |")
        if nosec:
            a, b = med(per_request_ms(pgb, "cpu_postgres_s")), med(per_request_ms(nosec, "cpu_postgres_s"))
            p(f"\nDatabase cost of the security per notification (medians): PostgreSQL CPU {a:.2f} vs {b:.2f} ms/tx"
              f" ({a - b:+.2f} ms, {100.0 * (a - b) / b:+.0f} %); ceiling {med([r['rps'] for r in pgb]):.0f} vs"
              f" {med([r['rps'] for r in nosec]):.0f} TPS.")
        p("\n### Registry / pgbench (security=1)\n")
        p("| interface | ratio of medians | per-iteration ratios (run i of the registry / pgbench run i) |")
        p("|---|---:|---|")
        tps = med([r["rps"] for r in pgb])
        by_i = {r["label"].rsplit("-", 1)[1]: r["rps"] for r in pgb}
        for protocol in ("rest", "soap"):
            rs = summary.get((protocol, "pg"))
            if rs:
                pairs = [r["rps"] / by_i[r["label"].rsplit("-", 1)[1]] for r in rs if by_i.get(r["label"].rsplit("-", 1)[1])]
                p(f"| {protocol.upper()} | {med([r['rps'] for r in rs]) / tps:.2f} | {', '.join(f'{x:.2f}' for x in pairs)} |")

    stmts = os.path.join(results, "intake-statements.log")
    if os.path.exists(stmts) and os.path.getsize(stmts):
        here = os.path.dirname(os.path.abspath(__file__))
        check = subprocess.run([sys.executable, os.path.join(here, "sql_check.py"), stmts,
                                os.path.join(here, "..", "pgbench", "intake.sql")], capture_output=True, text=True)
        p("\n### Does the pgbench script still send what the registry sends? (statements of one REST intake, this run)\n")
        p(check.stdout.rstrip())

    p("\n### Targets (PostgreSQL, load generator on the same machine)\n")
    p("| target | measured (median) | met |")
    p("|---|---:|---|")
    all_measured = [r for rs in summary.values() for r in rs]
    for protocol in ("rest", "soap"):
        rs = summary.get((protocol, "pg"))
        if rs:
            v = med([r["rps"] for r in rs])
            p(f"| {protocol.upper()} ≥ {TARGET_RPS[protocol]} notifications/s | {v:.0f} | {'yes' if v >= TARGET_RPS[protocol] else 'NO'} |")
            v = med([r["p99_ms"] for r in rs])
            p(f"| {protocol.upper()} p99 ≤ {TARGET_P99_MS} ms | {v:.1f} ms | {'yes' if v <= TARGET_P99_MS else 'NO'} |")
    heap = [r["heap_used_max_mb"] for r in all_measured if "heap_used_max_mb" in r]
    committed = [r["heap_committed_mb"] for r in all_measured if "heap_committed_mb" in r]
    if heap:
        p(f"| Payara heap ≤ 1 GB (-Xmx1g) | max used {max(heap):.0f} MB, max committed {max(committed):.0f} MB | {'yes' if max(committed) <= HEAP_LIMIT_MB else 'NO'} |")

    p("\n### CPU per notification (PostgreSQL runs) and what it implies\n")
    for protocol in ("rest", "soap"):
        rs = summary.get((protocol, "h2"))
        if rs and "cpu_payara_sys_s" in rs[0]:
            p(f"* {protocol.upper()} on H2 (database inside the JVM): Payara {med(per_request_ms(rs, 'cpu_payara_s')):.2f} ms"
              f" (of which kernel {med(per_request_ms(rs, 'cpu_payara_sys_s')):.2f}) per notification, the database included.")
    for protocol in ("rest", "soap"):
        rs = summary.get((protocol, "pg"))
        if not rs:
            continue
        payara = med(per_request_ms(rs, "cpu_payara_s"))
        pg = med(per_request_ms(rs, "cpu_postgres_s"))
        gen = med(per_request_ms(rs, "cpu_loadgen_s"))
        payara_sys = med(per_request_ms(rs, "cpu_payara_sys_s")) if "cpu_payara_sys_s" in rs[0] else float("nan")
        pg_sys = med(per_request_ms(rs, "cpu_postgres_sys_s")) if "cpu_postgres_sys_s" in rs[0] else float("nan")
        total = payara + pg + gen
        cores = os.cpu_count()
        p(f"* {protocol.upper()} on PostgreSQL: Payara {payara:.2f} (of which kernel {payara_sys:.2f}) + PostgreSQL {pg:.2f} (kernel {pg_sys:.2f})"
          f" + wrk {gen:.2f} = {total:.2f} ms CPU per notification; "
          f"{cores} cores with nothing else running would carry at most ~{1000.0 * cores / total:.0f}/s (an estimate, not a measurement).")
    if pgb:
        pg = med(per_request_ms(pgb, "cpu_postgres_s"))
        gen = med(per_request_ms(pgb, "cpu_loadgen_s"))
        p(f"* pgbench: PostgreSQL {pg:.2f} + pgbench {gen:.2f} = {pg + gen:.2f} ms CPU per transaction.")

    p("\n### Heap and GC (Payara, from jstat every second during measured runs)\n")
    gct = [r.get("gc_time_s", 0) for r in all_measured]
    if heap:
        p(f"* heap used, max over all measured runs: {max(heap):.0f} MB; committed: {max(committed):.0f} MB; "
          f"GC pause time per {all_measured[0]['wall_s']:.0f} s run: median {med(gct):.2f} s, max {max(gct):.2f} s")
    heap_txt = os.path.join(results, "heap.txt")
    if os.path.exists(heap_txt):
        p("\n```")
        p(open(heap_txt).read().rstrip())
        p("```")

    warm = [r for r in rows if r["label"].startswith("warmup-")]
    if warm:
        p("\n### Warm-up (not measured)\n")
        for db in ("h2", "pg"):
            ws = [r for r in warm if r["label"].startswith(f"warmup-{db}-")]
            if ws:
                p(f"* {db}: " + ", ".join(f"{r['label'].split('-', 2)[2]} {r['rps']:.0f}/s "
                                         f"({1000.0 * r['cpu_payara_s'] / max(r['requests'], 1):.2f} ms Payara CPU/req)" for r in ws))

    for name in ("profile-pg-rest", "profile-pg-soap"):
        path = os.path.join(results, name + ".md")
        if os.path.exists(path):
            prof = [r for r in rows if r["label"] == name]
            head = (f" (a separate 20 s run, not in the tables above: {prof[0]['rps']:.0f} req/s, p99 {prof[0]['p99_ms']:.1f} ms)"
                    if prof else "")
            p(f"\n### Profile: {name}{head}\n")
            p(open(path).read().rstrip())
    errors = [r for r in rows if r.get("first_unexpected")]
    if errors:
        p("\n### First unexpected answers\n")
        for r in errors:
            p(f"* {r['label']}: `{r['first_unexpected']}`")
    print("\n".join(out))


if __name__ == "__main__":
    main()
