"""Reads a Margin segments CSV with Python's csv module and checks, for every row with a
span, that text[start:end] == quote (Python indexes str by code points, like Margin).
Usage: checkQuotes.py <segments.csv> <project dir> <delimiter>. Prints the rows checked."""
import csv
import re
import sys

DANGEROUS = re.compile(r"^'*[=+\-@\t\r]")
PLAIN_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


def restore(cell):
    """Undoes Margin's formula neutralisation (docs/export.md): one leading apostrophe."""
    rest = cell[1:]
    if cell.startswith("'") and DANGEROUS.match(rest) and not PLAIN_NUMBER.match(rest):
        return rest
    return cell


path, project, delimiter = sys.argv[1], sys.argv[2], sys.argv[3]
texts = {}
checked = 0
with open(path, encoding="utf-8-sig", newline="") as f:
    for row in csv.DictReader(f, delimiter=delimiter):
        if row["start"] == "":
            assert row["end"] == "" and row["quote"] == "", row
            continue
        doc = row["document_id"]
        if doc not in texts:
            with open(f"{project}/documents/{doc}.txt", encoding="utf-8", newline="") as t:
                texts[doc] = t.read()
        start, end = int(row["start"]), int(row["end"])
        quote = texts[doc][start:end]
        assert quote == restore(row["quote"]), (row["annotation_id"], quote, row["quote"])
        checked += 1
print(checked)
