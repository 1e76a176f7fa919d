#!/usr/bin/env python3
"""Consistency checks for the third held-out set: tests/eval/check_set.py
(see its docstring) with this set's word range, 350-900 words a body.

usage: check_set.py [SET_DIR] [--list-unannotated] [--words]
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "eval"))
import check_set  # noqa: E402  (tests/eval/check_set.py)

if __name__ == "__main__":
    check_set.WORDS = (350, 900)
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    sd = args[0] if args else os.path.dirname(os.path.abspath(__file__))
    sys.exit(check_set.check(sd, "--list-unannotated" in sys.argv))
