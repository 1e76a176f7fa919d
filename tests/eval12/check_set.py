#!/usr/bin/env python3
"""Consistency checks for the twelfth held-out set: tests/eval/check_set.py
(see its docstring) with this set's word range, 500-600 words a body.

usage: check_set.py [SET_DIR] [--list-unannotated] [--words]
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "eval"))
import check_set  # noqa: E402  (tests/eval/check_set.py)

if __name__ == "__main__":
    sys.exit(check_set.main(sys.argv[1:], os.path.dirname(os.path.abspath(__file__)), (500, 600)))
