#!/usr/bin/env python3
"""Gets the Debian source packages Lede builds from (imgui, libxml2, zlib) into third_party/.

Why not a plain `apt-get source NAME`: the archive can list a version (a fresh security
update) whose source files it does not serve yet, and then a fresh machine builds
nothing. So for each package we try the versions `apt-cache showsrc` lists, newest first,
take the first that downloads and unpacks (Debian's patches applied), and record it in
third_party/VERSIONS, which cmake/third_party.cmake reads to find the folders. A re-run
tries only versions newer than the recorded one, so a later fix is picked up and a
recorded version is never lost to a failing download.

usage: fetch_sources.py THIRD_PARTY_DIR PACKAGE...
Exit 0 when every package has a version; otherwise one line per failure, exit 1.
"""
import functools
import os
import shutil
import subprocess
import sys

RECORD = "VERSIONS"


def versions_from_showsrc(text):
    """The distinct `Version:` values of `apt-cache showsrc` output, in listed order."""
    seen = []
    for line in text.splitlines():
        if line.startswith("Version:"):
            v = line.split(":", 1)[1].strip()
            if v and v not in seen:
                seen.append(v)
    return seen


def dpkg_compare(a, b):
    """-1/0/1 by Debian's version ordering (dpkg is the authority, not a re-implementation)."""
    if a == b:
        return 0
    lt = subprocess.run(["dpkg", "--compare-versions", a, "lt", b]).returncode == 0
    return -1 if lt else 1


def newest_first(versions, compare=dpkg_compare):
    return sorted(versions, key=functools.cmp_to_key(compare), reverse=True)


def choose_version(versions, fetch, recorded=None, compare=dpkg_compare):
    """Tries `fetch(version)` newest first; returns (version or None, attempts).

    `fetch` returns None on success or a one-line reason. With a `recorded` version only
    newer ones are tried, and the recorded one stands when none of them downloads.
    Each attempt is (version, reason or "ok")."""
    attempts = []
    for v in newest_first(versions, compare):
        if recorded is not None and compare(v, recorded) <= 0:
            break
        reason = fetch(v)
        attempts.append((v, reason or "ok"))
        if reason is None:
            return v, attempts
    return recorded, attempts


def folder_name(package, version):
    """A folder per exact version: two Debian revisions unpack to the same dpkg name."""
    return f"{package}-{version.replace(':', '_').replace('~', '_')}"


def read_record(deps):
    rec = {}
    path = os.path.join(deps, RECORD)
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) == 3 and not line.startswith("#"):
                    rec[parts[0]] = (parts[1], parts[2])
    return rec


def write_record(deps, rec):
    path = os.path.join(deps, RECORD)
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        f.write("# package version folder (written by tools/fetch_sources.py; read by cmake/third_party.cmake)\n")
        for name in sorted(rec):
            f.write(f"{name} {rec[name][0]} {rec[name][1]}\n")
    os.replace(path + ".tmp", path)


def short_reason(output):
    """The line of apt's output that says why a download failed."""
    lines = [l.strip() for l in output.splitlines() if l.strip()]
    for key in ("404", "Failed to fetch", "E:"):
        for l in lines:
            if key in l:
                return l[:200]
    return lines[-1][:200] if lines else "no output"


def apt_fetcher(deps, package, log):
    """A fetch(version) that runs `apt-get source package=version` in a scratch folder and
    moves the unpacked tree to third_party/<folder_name>."""
    def fetch(version):
        scratch = os.path.join(deps, ".fetch", package)
        shutil.rmtree(scratch, ignore_errors=True)
        os.makedirs(scratch)
        run = subprocess.run(["apt-get", "source", f"{package}={version}"], cwd=scratch,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        log.write(f"--- apt-get source {package}={version} (exit {run.returncode})\n{run.stdout}\n")
        if run.returncode != 0:
            return short_reason(run.stdout)
        trees = [d for d in os.listdir(scratch) if os.path.isdir(os.path.join(scratch, d))]
        if len(trees) != 1:
            return f"unpacked {len(trees)} folders, expected 1"
        target = os.path.join(deps, folder_name(package, version))
        shutil.rmtree(target, ignore_errors=True)
        os.rename(os.path.join(scratch, trees[0]), target)
        shutil.rmtree(scratch, ignore_errors=True)
        return None
    return fetch


def showsrc(package):
    run = subprocess.run(["apt-cache", "showsrc", package], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    return run.stdout if run.returncode == 0 else ""


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[-2], file=sys.stderr)
        return 2
    deps, packages = argv[1], argv[2:]
    os.makedirs(deps, exist_ok=True)
    rec = read_record(deps)
    failed = False
    log_path = os.path.join(deps, "fetch.log")
    with open(log_path, "a", encoding="utf-8") as log:
        for package in packages:
            recorded = rec.get(package)
            if recorded and not os.path.isdir(os.path.join(deps, recorded[1])):
                recorded = None   # the folder went away: fetch again from scratch
            versions = versions_from_showsrc(showsrc(package))
            if not versions and not recorded:
                print(f"bootstrap: apt-cache showsrc {package} lists no version: add deb-src "
                      f"entries (/etc/apt/sources.list.d/debian-src.sources) and run apt-get update")
                failed = True
                continue
            chosen, attempts = choose_version(versions, apt_fetcher(deps, package, log),
                                              recorded[0] if recorded else None)
            tried = ", ".join(f"{v}: {r}" for v, r in attempts)
            if chosen is None:
                print(f"bootstrap: could not get the source of {package} (tried {tried}); "
                      f"see {log_path}, check the network and deb-src entries, then re-run")
                failed = True
                continue
            folder = folder_name(package, chosen)
            if recorded and recorded[1] != folder:
                shutil.rmtree(os.path.join(deps, recorded[1]), ignore_errors=True)
            rec[package] = (chosen, folder)
            write_record(deps, rec)
            note = f" (tried {tried})" if attempts and attempts[0][1] != "ok" else ""
            if recorded and recorded[0] == chosen and attempts:
                note = f" (kept; newer not downloadable: {tried})"
            print(f"bootstrap: {package} {chosen} in third_party/{folder}{note}")
    shutil.rmtree(os.path.join(deps, ".fetch"), ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
