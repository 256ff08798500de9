#!/usr/bin/env python3
"""Compares the statements one registry intake sent (captured from PostgreSQL's log by run.sh)
with the pgbench script, statement by statement: verb, table, FOR UPDATE. BEGIN/COMMIT and the
place of BEGIN are ignored (the script runs everything in one transaction on purpose).

  sql_check.py intake-statements.log pgbench/intake.sql   -> Markdown; exit 1 if they differ
"""
import re, sys


def shape(sql):
    sql = sql.strip().rstrip(";")
    verb = sql.split()[0].upper()
    if verb in ("BEGIN", "COMMIT"):
        return None
    m = re.search(r"\b(?:INTO|FROM|UPDATE)\s+([a-z_]+)", sql, re.I)
    return f"{verb} {m.group(1) if m else '?'}" + (" FOR UPDATE" if re.search(r"FOR UPDATE\s*$", sql, re.I) else "")


def captured(path):
    """Statements of the first intake in the log: up to and including its COMMIT."""
    out = []
    for line in open(path):
        m = re.search(r"LOG:\s+(?:execute [^:]+|statement):\s+(.*)$", line)
        if not m:
            continue
        s = m.group(1)
        if s.upper().startswith("COMMIT"):
            break
        if shape(s):
            out.append(shape(s))
    return out


def scripted(path):
    out = []
    for line in open(path):
        if line.strip() and not line.startswith(("--", "\\")) and shape(line):
            out.append(shape(line))
    return out


def main():
    a, b = captured(sys.argv[1]), scripted(sys.argv[2])
    print("| # | registry (captured in this run) | pgbench script |\n|---:|---|---|")
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else ""
        y = b[i] if i < len(b) else ""
        print(f"| {i + 1} | {x} | {y}{'' if x == y else ' **differs**'} |")
    same = a == b and len(a) > 0
    print("\nThe script matches the captured statements." if same
          else "\n**The script no longer matches what the registry sends: update bench/pgbench/intake.sql.**")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
