#!/usr/bin/env python3
"""Tests the bootstrap's choice of Debian source versions (tools/fetch_sources.py) without
the network: recorded `apt-cache showsrc` output and a fake downloader."""
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import fetch_sources as fs  # noqa: E402

DATA = os.path.join(HERE, "..", "data", "bootstrap")


def recorded(name):
    with open(os.path.join(DATA, f"showsrc-{name}.txt"), encoding="utf-8") as f:
        return f.read()


class FakeArchive:
    """fetch(version): fails with a 404 line for the versions in `missing`, records calls."""
    def __init__(self, missing=()):
        self.missing, self.calls = set(missing), []

    def __call__(self, version):
        self.calls.append(version)
        return "Err:1 404  Not Found" if version in self.missing else None


class VersionChoice(unittest.TestCase):
    def test_showsrc_versions_are_distinct(self):
        vs = fs.versions_from_showsrc(recorded("zlib"))
        self.assertEqual(sorted(vs), ["1:1.2.13.dfsg-1", "1:1.2.13.dfsg-1+deb12u1"])

    def test_newest_first_by_debian_ordering(self):
        vs = fs.newest_first(["1:1.2.13.dfsg-1", "1:1.2.13.dfsg-1+deb12u1", "1.2.14-1"])
        # the epoch wins over a higher upstream number
        self.assertEqual(vs, ["1:1.2.13.dfsg-1+deb12u1", "1:1.2.13.dfsg-1", "1.2.14-1"])
        self.assertEqual(fs.newest_first(["2.9.14+dfsg-1.3~deb12u4", "2.9.14+dfsg-1.3~deb12u6"]),
                         ["2.9.14+dfsg-1.3~deb12u6", "2.9.14+dfsg-1.3~deb12u4"])

    def test_newest_that_fails_falls_back_to_the_next(self):
        archive = FakeArchive(missing={"1:1.2.13.dfsg-1+deb12u1"})
        chosen, attempts = fs.choose_version(fs.versions_from_showsrc(recorded("zlib")), archive)
        self.assertEqual(chosen, "1:1.2.13.dfsg-1")
        self.assertEqual(archive.calls, ["1:1.2.13.dfsg-1+deb12u1", "1:1.2.13.dfsg-1"])
        self.assertIn("404", attempts[0][1])

    def test_newest_taken_when_it_downloads(self):
        archive = FakeArchive()
        chosen, _ = fs.choose_version(fs.versions_from_showsrc(recorded("libxml2")), archive)
        self.assertEqual(chosen, "2.9.14+dfsg-1.3~deb12u6")
        self.assertEqual(len(archive.calls), 1)

    def test_nothing_downloads(self):
        vs = fs.versions_from_showsrc(recorded("zlib"))
        chosen, attempts = fs.choose_version(vs, FakeArchive(missing=set(vs)))
        self.assertIsNone(chosen)
        self.assertEqual(len(attempts), 2)

    def test_rerun_tries_only_newer_and_keeps_the_record(self):
        vs = fs.versions_from_showsrc(recorded("zlib"))
        archive = FakeArchive(missing={"1:1.2.13.dfsg-1+deb12u1"})
        chosen, attempts = fs.choose_version(vs, archive, recorded="1:1.2.13.dfsg-1")
        self.assertEqual(chosen, "1:1.2.13.dfsg-1")
        self.assertEqual(archive.calls, ["1:1.2.13.dfsg-1+deb12u1"])   # the older is never re-fetched

    def test_rerun_takes_a_newer_version_once_it_downloads(self):
        vs = fs.versions_from_showsrc(recorded("zlib"))
        chosen, _ = fs.choose_version(vs, FakeArchive(), recorded="1:1.2.13.dfsg-1")
        self.assertEqual(chosen, "1:1.2.13.dfsg-1+deb12u1")

    def test_record_round_trip_and_folder_names(self):
        import tempfile
        with tempfile.TemporaryDirectory() as d:
            rec = {"zlib": ("1:1.2.13.dfsg-1", fs.folder_name("zlib", "1:1.2.13.dfsg-1"))}
            fs.write_record(d, rec)
            self.assertEqual(fs.read_record(d), rec)
        self.assertNotIn(":", fs.folder_name("zlib", "1:1.2.13.dfsg-1"))
        self.assertNotEqual(fs.folder_name("libxml2", "2.9.14+dfsg-1.3~deb12u4"),
                            fs.folder_name("libxml2", "2.9.14+dfsg-1.3~deb12u6"))

    def test_short_reason_picks_the_404_line(self):
        out = "Reading package lists...\nNeed to get 1 kB\nErr:1 http://x zlib 1.2.13 (dsc)\n  404  Not Found [IP: 1.2.3.4 80]\nE: Failed to fetch http://x\n"
        self.assertEqual(fs.short_reason(out), "404  Not Found [IP: 1.2.3.4 80]")


if __name__ == "__main__":
    unittest.main()
