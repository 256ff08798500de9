#!/usr/bin/env python3
"""Compares the statements one registry intake sent (captured from PostgreSQL's log by run.sh: all
statements of one REST notification, from the organisation check to the audit entry) with the
pgbench script, statement by statement: verb, table, FOR UPDATE. They match when the same
statements are sent, in any order: EclipseLink orders the returnee_history rows of one flush
differently from one request to the next, so an order difference alone is reported, not failed.
The transaction each statement ran in is shown beside it (T1, T2, ... or autocommit) but not
compared: the script runs the replay check inside the intake transaction on purpose. nextval calls
are left out (EclipseLink takes a block of 50 ids, so most intakes send none), and so are the
statements of the registry's timers that the capture catches on the same pooled connection: the log
linker's rounds (a COUNT of unlinked entries per log, the head row, the UPDATE of each entry) and the
outbox dispatcher's poll. None of those is sent by the intake.

  sql_check.py intake-statements.log pgbench/intake.sql   -> Markdown; exit 1 if they differ
"""
import collections, re, sys


def shape(sql):
    sql = sql.strip().rstrip(";")
    verb = sql.split()[0].upper()
    if verb in ("BEGIN", "COMMIT", "ROLLBACK"):
        return verb
    if re.match(r"SELECT\s+nextval", sql, re.I):
        return None
    m = re.search(r"\b(?:INTO|FROM|UPDATE)\s+([a-z_]+)", sql, re.I)
    return f"{verb} {m.group(1) if m else '?'}" + (" FOR UPDATE" if re.search(r"FOR UPDATE\s*$", sql, re.I) else "")


def with_transactions(shapes):
    """[(statement, transaction label)] with BEGIN/COMMIT turned into labels."""
    out, current, count = [], None, 0
    for s in shapes:
        if s == "BEGIN":
            count += 1
            current = f"T{count}"
        elif s in ("COMMIT", "ROLLBACK"):
            current = None
        else:
            out.append((s, current or "autocommit"))
    return out


# What the timers send (never the intake): the linker reads and updates the three logs and their head
# rows, the outbox dispatcher polls outbox_message.
TIMERS = {f"{verb} {table}" for verb in ("SELECT", "UPDATE")
          for table in ("audit_entry", "decision_log_entry", "message_log_entry", "outbox_message",
                        "audit_head", "decision_log_head", "message_log_head")}
TIMERS |= {s + " FOR UPDATE" for s in TIMERS}


def captured(path):
    shapes = []
    for line in open(path):
        m = re.search(r"LOG:\s+(?:execute [^:]+|statement):\s+(.*)$", line)
        if m and shape(m.group(1)) and shape(m.group(1)) not in TIMERS:
            shapes.append(shape(m.group(1)))
    return with_transactions(shapes)


def scripted(path):
    shapes = []
    for line in open(path):
        if line.strip() and not line.startswith(("--", "\\")) and shape(line):
            shapes.append(shape(line))
    return with_transactions(shapes)


def summary(rows):
    txns = sorted({t for _, t in rows if t != "autocommit"})
    auto = sum(1 for _, t in rows if t == "autocommit")
    return f"{len(rows)} statements, {len(txns)} transaction(s) + {auto} in autocommit"


def main():
    a, b = captured(sys.argv[1]), scripted(sys.argv[2])
    print("| # | registry (captured in this run) | transaction | pgbench script | transaction |\n|---:|---|---|---|---|")
    for i in range(max(len(a), len(b))):
        x, tx = a[i] if i < len(a) else ("", "")
        y, ty = b[i] if i < len(b) else ("", "")
        print(f"| {i + 1} | {x} | {tx} | {y}{'' if x == y else ' **differs**'} | {ty} |")
    in_order = [s for s, _ in a] == [s for s, _ in b] and len(a) > 0
    same = collections.Counter(s for s, _ in a) == collections.Counter(s for s, _ in b) and len(a) > 0
    print(f"\nRegistry: {summary(a)}; script: {summary(b)}.")
    if in_order:
        print("\nThe script matches the captured statements.")
    elif same:
        print("\nThe script sends the same statements as the registry, in another order (rows marked *differs*"
              " only changed places).")
    else:
        print("\n**The script no longer matches what the registry sends: update bench/pgbench/intake.sql.**")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
