#!/usr/bin/env python3
"""Turns a consent-scenario run (run.sh --scenario consent) into report.md.

  consent_report.py RESULTS_DIR
"""
import os, re, sys

from report import load, measured, med, spread, per_request_ms, others_share


def main():
    results = sys.argv[1]
    rows = load(results)
    out = []
    p = out.append
    p("## Bench run (consent scenario)\n")
    p("```")
    p(open(os.path.join(results, "meta.txt")).read().rstrip())
    p("```\n")

    p("### Reads on PostgreSQL (closed loop; median over the measured runs, (min–max) in brackets)\n")
    p("| read | runs | throughput req/s | p50 ms | p90 ms | p99 ms | max ms | errors / requests | Payara CPU ms/req | PostgreSQL CPU ms/req | CPU taken by other processes |")
    p("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    names = {"permit": "permitted disclosure (ministry, consent covers it)",
             "deny": "denied disclosure (ministry, no consent: 403 NoConsent)",
             "baseline": "baseline: registrar's GET /returnees/{rn} (whole record; decided and logged as the operator's record keeping)"}
    summary = {}
    for kind in ("permit", "deny", "baseline"):
        rs = measured(rows, f"pg-{kind}")
        if not rs:
            continue
        summary[kind] = rs
        p(f"| {names[kind]} | {len(rs)} | {spread([r['rps'] for r in rs])} | "
          f"{spread([r['p50_ms'] for r in rs], '{:.1f}')} | {spread([r['p90_ms'] for r in rs], '{:.1f}')} | "
          f"{spread([r['p99_ms'] for r in rs], '{:.1f}')} | {spread([r['max_ms'] for r in rs], '{:.0f}')} | "
          f"{sum(r['errors'] for r in rs)} / {sum(r['requests'] for r in rs)} | "
          f"{spread(per_request_ms(rs, 'cpu_payara_s'), '{:.2f}')} | {spread(per_request_ms(rs, 'cpu_postgres_s'), '{:.2f}')} | "
          f"{spread(others_share(rs), '{:.0f}')} % |")
    p("")
    if "baseline" in summary:
        base_cpu = med([a + b for a, b in zip(per_request_ms(summary["baseline"], "cpu_payara_s"),
                                                per_request_ms(summary["baseline"], "cpu_postgres_s"))])
        for kind in ("permit", "deny"):
            if kind in summary:
                cpu = med([a + b for a, b in zip(per_request_ms(summary[kind], "cpu_payara_s"),
                                                  per_request_ms(summary[kind], "cpu_postgres_s"))])
                p(f"* {kind}: Payara + PostgreSQL CPU {cpu:.2f} ms/req against {base_cpu:.2f} for the baseline "
                  f"(+{cpu - base_cpu:.2f} ms); throughput {med([r['rps'] for r in summary[kind]]) / med([r['rps'] for r in summary['baseline']]):.2f} × the baseline's")
        p("")

    p("### One decision-log append alone (pgbench, `pgbench/decision-log-append.sql`)\n")
    p("| clients | runs | TPS = appends/s | p50 ms | p99 ms | PostgreSQL CPU ms/tx |")
    p("|---:|---:|---:|---:|---:|---:|")
    for label, clients in (("pgbench-append1", "1"), ("pgbench-append", "16")):
        rs = measured(rows, label)
        if rs:
            p(f"| {clients} | {len(rs)} | {spread([r['rps'] for r in rs])} | {spread([r['p50_ms'] for r in rs], '{:.2f}')} | "
              f"{spread([r['p99_ms'] for r in rs], '{:.2f}')} | {spread(per_request_ms(rs, 'cpu_postgres_s'), '{:.3f}')} |")
    p("")

    growth = os.path.join(results, "decision-log-growth.txt")
    if os.path.exists(growth):
        p("### Decision log growth during the registry runs\n")
        p("| run | decisions | decisions/s | total bytes per 1 000 | of which table | of which indexes |")
        p("|---|---:|---:|---:|---:|---:|")
        by_label = {r["label"]: r for r in rows}
        per_k = []
        for line in open(growth):
            f = line.split()
            label, b, a = f[0], list(map(int, f[1:5])), list(map(int, f[5:9]))
            n = a[0] - b[0]
            secs = by_label.get(label, {}).get("duration_s") or 0
            if n > 0:
                per_k.append(1000.0 * (a[1] - b[1]) / n)
                p(f"| {label} | {n} | {n / secs if secs else 0:.0f} | {1000.0 * (a[1] - b[1]) / n / 1024:.0f} KiB | "
                  f"{1000.0 * (a[2] - b[2]) / n / 1024:.0f} KiB | {1000.0 * (a[3] - b[3]) / n / 1024:.0f} KiB |")
            else:
                p(f"| {label} | 0 | 0 | – | – | – |")
        if per_k:
            p(f"\nMedian growth: {med(per_k) / 1024:.0f} KiB per 1 000 decisions (table and its four indexes).\n")

    ver = os.path.join(results, "verification.txt")
    if os.path.exists(ver):
        p("### Chain verification by the auditor (whole log)\n")
        p("```")
        p(open(ver).read().rstrip())
        p("```\n")

    bad = [r for r in rows if r.get("first_unexpected")]
    if bad:
        p("### Unexpected answers\n")
        for r in bad:
            p(f"* {r['label']}: `{r['first_unexpected']}`")
    print("\n".join(out))


if __name__ == "__main__":
    main()
