#!/usr/bin/env python3
"""screen.py — read a `tmux capture-pane -p -e` dump and report the style
of text on it, so terminal tests can assert colours, not just text.

  screen.py style TEXT [N]   style of the first character of the N-th (1-based)
                             occurrence of TEXT, e.g. "fg=221 bold"
  screen.py uniform TEXT     "yes" if every character of TEXT's first occurrence
                             has the same style, else the styles found
  screen.py row N            the plain text of row N (0-based)
  screen.py width            the widest row's length in columns (wide chars count 2)

Styles: fg=/bg= with a 256-colour index ("221"), a basic colour ("b1" for
SGR 31, "b9" for 91) or "#rrggbb"; then bold, dim, italic, underline,
reverse in that order when set.  The capture comes on standard input.
"""
import re
import sys
import unicodedata

SGR = re.compile(r"\x1b\[([0-9;:]*)m")
OTHER = re.compile(r"\x1b(\[[0-9;?]*[A-Za-z]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][A-Za-z0-9]|[=>])")


class Style:
    def __init__(self):
        self.reset()

    def reset(self):
        self.fg = self.bg = None
        self.bold = self.dim = self.italic = self.underline = self.reverse = False

    def copy(self):
        s = Style()
        s.__dict__.update(self.__dict__)
        return s

    def __str__(self):
        parts = []
        if self.fg is not None:
            parts.append("fg=" + self.fg)
        if self.bg is not None:
            parts.append("bg=" + self.bg)
        for a in ("bold", "dim", "italic", "underline", "reverse"):
            if getattr(self, a):
                parts.append(a)
        return " ".join(parts) or "default"

    def apply(self, params):
        p = [x for x in re.split(r"[;:]", params)] if params else ["0"]
        i = 0
        while i < len(p):
            c = int(p[i]) if p[i] else 0
            if c == 0:
                self.reset()
            elif c == 1:
                self.bold = True
            elif c == 2:
                self.dim = True
            elif c == 3:
                self.italic = True
            elif c == 4:
                self.underline = True
            elif c == 7:
                self.reverse = True
            elif c == 22:
                self.bold = self.dim = False
            elif c == 23:
                self.italic = False
            elif c == 24:
                self.underline = False
            elif c == 27:
                self.reverse = False
            elif 30 <= c <= 37:
                self.fg = "b%d" % (c - 30)
            elif 90 <= c <= 97:
                self.fg = "b%d" % (c - 90 + 8)
            elif 40 <= c <= 47:
                self.bg = "b%d" % (c - 40)
            elif 100 <= c <= 107:
                self.bg = "b%d" % (c - 100 + 8)
            elif c == 39:
                self.fg = None
            elif c == 49:
                self.bg = None
            elif c in (38, 48):
                kind = int(p[i + 1]) if i + 1 < len(p) and p[i + 1] else 0
                if kind == 5 and i + 2 < len(p):
                    val = p[i + 2]
                    i += 2
                elif kind == 2 and i + 4 < len(p):
                    val = "#%02x%02x%02x" % (int(p[i + 2]), int(p[i + 3]), int(p[i + 4]))
                    i += 4
                else:
                    val = None
                    i += 1
                if c == 38:
                    self.fg = val
                else:
                    self.bg = val
            i += 1


def parse(dump):
    """Rows of (char, style) cells."""
    rows = []
    st = Style()    # tmux carries attributes over from one row to the next
    for line in dump.split("\n"):
        cells = []
        i = 0
        while i < len(line):
            if line[i] == "\x1b":
                m = SGR.match(line, i)
                if m:
                    st.apply(m.group(1))
                    i = m.end()
                    continue
                m = OTHER.match(line, i)
                i = m.end() if m else i + 1
                continue
            cells.append((line[i], st.copy()))
            i += 1
        rows.append(cells)
    return rows


def width(ch):
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def find(rows, text, nth=1):
    seen = 0
    for cells in rows:
        plain = "".join(c for c, _ in cells)
        start = 0
        while True:
            k = plain.find(text, start)
            if k < 0:
                break
            seen += 1
            if seen == nth:
                return cells[k:k + len(text)]
            start = k + 1
    return None


def main():
    dump = sys.stdin.read()
    rows = parse(dump)
    cmd = sys.argv[1]
    if cmd == "style":
        cells = find(rows, sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 1)
        print(str(cells[0][1]) if cells else "absent")
    elif cmd == "uniform":
        cells = find(rows, sys.argv[2])
        if not cells:
            print("absent")
        else:
            styles = sorted({str(s) for _, s in cells})
            print("yes" if len(styles) == 1 else " | ".join(styles))
    elif cmd == "row":
        n = int(sys.argv[2])
        print("".join(c for c, _ in rows[n]) if n < len(rows) else "")
    elif cmd == "width":
        print(max((sum(width(c) for c, _ in r) for r in rows), default=0))
    else:
        sys.exit("screen.py: unknown command " + cmd)


if __name__ == "__main__":
    main()
