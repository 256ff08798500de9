#!/usr/bin/env python3
"""Sets up the consent scenario's data through the registry's REST API, as a registrar would.

  consent_setup.py --base URL --token-file FILE --recipient CODE --count N --out DIR

Registers 2 x N returnees (POST /api/v1/returnees, each with its own national id and passport) and
records, for the first N, one consent (POST /api/v1/consents): recipient CODE, purpose
HEALTH_FOLLOW_UP, categories IDENTITY, CONTACT, HEALTH, method SELF, valid for a year. The other N
have no consent at all. Writes DIR/permit.txt and DIR/deny.txt (registry numbers, one per line) and
prints one summary line. Any answer other than 201 stops it. The token is read from a file, never
taken on the command line.
"""
import argparse, datetime, json, os, sys, time, urllib.error, urllib.request


def post(url, token, body):
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST", headers={
        "Authorization": "Bearer " + token, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")[:400]


def returnee(i):
    return {
        "person": {
            "identifiers": [
                {"type": "NATIONAL_ID", "number": "BNID%08d" % i, "issuingCountry": "NPL"},
                {"type": "PASSPORT", "number": "BPA%07d" % i, "issuingCountry": "NPL"},
            ],
            "name": {"givenName": "Bench", "familyName": "Returnee%05d" % i},
            "dateOfBirth": "1990-01-%02d" % (i % 28 + 1),
            "sex": "1" if i % 2 else "2",
            "homeDistrict": "Jhapa",
            "contact": {"phone": "+97798%08d" % i, "address": "Damak-5, Jhapa"},
        },
        "migrationEpisodes": [{
            "destinationCountry": "MYS", "employer": "Penang Electronics Sdn Bhd", "occupation": "82",
            "sector": "C", "recruitmentAgency": "Himal Manpower Pvt Ltd", "channel": "REGULAR",
            "departureDate": "2020-02-15", "endDate": "2025-12-31"}],
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--token-file", required=True)
    ap.add_argument("--recipient", required=True)
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    token = open(a.token_file).read().strip()
    api = a.base.rstrip("/") + "/registry/api/v1"
    until = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=365)).strftime("%Y-%m-%dT%H:%M:%SZ")
    started = time.time()
    numbers = []
    for i in range(1, 2 * a.count + 1):
        status, answer = post(api + "/returnees", token, returnee(i))
        if status != 201:
            sys.exit("consent_setup.py: registering returnee %d answered %s: %s" % (i, status, answer))
        numbers.append(answer["registryNumber"])
    permit, deny = numbers[:a.count], numbers[a.count:]
    for rn in permit:
        status, answer = post(api + "/consents", token, {
            "registryNumber": rn, "recipient": a.recipient, "purposes": ["HEALTH_FOLLOW_UP"],
            "categories": ["IDENTITY", "CONTACT", "HEALTH"], "method": "SELF", "validUntil": until,
            "noticeVersion": "2026-1", "noticeLanguage": "ne"})
        if status != 201 or answer.get("status", {}).get("code") != "ACTIVE":
            sys.exit("consent_setup.py: recording consent for %s answered %s: %s" % (rn, status, answer))
    for name, rns in (("permit.txt", permit), ("deny.txt", deny)):
        with open(os.path.join(a.out, name), "w") as f:
            f.write("\n".join(rns) + "\n")
    print("set up %d returnees (%d with consent for %s, HEALTH_FOLLOW_UP) in %.1f s"
          % (len(numbers), len(permit), a.recipient, time.time() - started))


if __name__ == "__main__":
    main()
