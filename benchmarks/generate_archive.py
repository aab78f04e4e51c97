"""Write a deterministic synthetic archive of N raw releases for benchmarks.

    python benchmarks/generate_archive.py --count 10000 --out /tmp/archive [--seed 7]

Each release is stitched from the real paragraphs of the gold releases in pipeline/gold
(so the language, quotations and figures are those of real beehive.govt.nz text): one to four
source releases in sequence, with their figures rescaled, ministers drawn from a list, and
dates spread over 1999–2026 in the conventional raw/YYYY/MM/ layout. About 0.5% of files are
messy on purpose: CRLF with a BOM (still valid), invalid YAML, a missing url, Latin-1 bytes,
an empty body, or a second copy of another release.

The gold releases name only ~40 people, where the real archive names tens of thousands; so
that the extractors' per-name work is not flattered by ever-repeating names, each person the
text names is, with probability `new_names`, renamed within that release to a generated name
('Mere Tawhiri'), full name and surname alike. The default, one in four, is an estimate: a
release names about three people besides its ministers, and perhaps 20,000–30,000 distinct
people across 50,000 releases, so some 15–20% of mentions are a person's first, and more
than that in each worker process, which only sees its share of the archive.
"""

import argparse
import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "pipeline" / "gold"
MINISTERS = [
    ("Rt Hon Jacinda Ardern", "Prime Minister"),
    ("Hon Grant Robertson", "Finance"),
    ("Hon Chris Hipkins", "Education"),
    ("Hon David Parker", "Environment"),
    ("Hon Megan Woods", "Energy and Resources"),
    ("Hon Andrew Little", "Health"),
    ("Hon Nanaia Mahuta", "Foreign Affairs"),
    ("Hon Kelvin Davis", "Corrections"),
    ("Hon Damien O’Connor", "Agriculture"),
    ("Hon Kiri Allan", "Justice"),
    ("Hon Michael Wood", "Transport"),
    ("Hon Poto Williams", "Police"),
    ("Rt Hon Christopher Luxon", "Prime Minister"),
    ("Hon Nicola Willis", "Finance"),
    ("Hon Erica Stanford", "Education"),
    ("Hon Chris Bishop", "Housing"),
    ("Hon Simeon Brown", "Transport"),
    ("Hon Judith Collins KC", "Defence"),
    ("Rt Hon Winston Peters", "Foreign Affairs"),
    ("Hon Shane Jones", "Regional Development"),
    ("Rt Hon John Key", "Prime Minister"),
    ("Hon Bill English", "Finance"),
    ("Hon Steven Joyce", "Economic Development"),
    ("Hon Hekia Parata", "Education"),
    ("Hon Nikki Kaye", "ACC"),
    ("Hon Simon Bridges", "Transport"),
]
FIRST_NAMES = [
    "Aroha",
    "Ben",
    "Carmel",
    "Dan",
    "Emma",
    "Finn",
    "Grace",
    "Hemi",
    "Isla",
    "James",
    "Kahu",
    "Liam",
    "Mere",
    "Nikau",
    "Olivia",
    "Paul",
    "Quinn",
    "Rawiri",
    "Sophie",
    "Tama",
    "Una",
    "Victor",
    "Wiremu",
    "Xavier",
    "Yasmin",
    "Zoe",
    "Anahera",
    "Ethan",
    "Mia",
    "Noah",
]
SYLLABLES = [
    "ta",
    "wa",
    "ri",
    "ko",
    "hu",
    "ne",
    "ma",
    "pe",
    "ro",
    "ki",
    "ha",
    "to",
    "mo",
    "nu",
    "wi",
    "ra",
    "ga",
    "te",
    "pa",
    "la",
    "son",
    "ton",
    "ley",
    "ford",
]
MESSES = ["crlf_bom", "invalid_yaml", "missing_url", "latin1", "empty_body", "duplicate"]


def source_releases() -> list[tuple[list[str], list[str]]]:
    """(paragraphs, full names of the people it names) of each gold release."""
    items = [
        json.loads(line)
        for path in sorted(GOLD.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return [
        (
            item["text"].split("\n\n"),
            [a["name"] for a in item["actors"] if a["kind"] == "person" and " " in a["name"]],
        )
        for item in items
    ]


def generated_name(rng: random.Random) -> str:
    surname = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
    return f"{rng.choice(FIRST_NAMES)} {surname.capitalize()}"


def rename_people(text: str, people: list[str], rate: float, rng: random.Random) -> str:
    """Each person renamed with probability `rate`: 'John Key' and then 'Mr Key' alike."""
    for person in sorted(set(people)):
        if rng.random() >= rate:
            continue
        new = generated_name(rng)
        text = re.sub(rf"\b{re.escape(person)}\b", new, text)
        text = re.sub(rf"\b{re.escape(person.split()[-1])}\b", new.split()[-1], text)
    return text


def rescale(text: str, rng: random.Random) -> str:
    """Change the numbers so releases differ, keeping their shape ('$4.6 million')."""

    def swap(match: re.Match) -> str:
        digits = match.group()
        if len(digits.replace(",", "").split(".")[0]) == 4 and digits.startswith(("19", "20")):
            return digits  # a year stays a year
        value = float(digits.replace(",", "")) * rng.uniform(0.5, 3)
        return f"{value:,.1f}" if "." in digits else f"{int(value):,}"

    return re.sub(r"\d[\d,]*(?:\.\d+)?", swap, text)


def release_text(
    index: int, rng: random.Random, sources: list[tuple[list[str], list[str]]], new_names: float
) -> tuple[str, date, str]:
    day = date(1999, 1, 1) + timedelta(days=rng.randrange(365 * 27))
    slug = f"synthetic-release-{index:06d}"
    ministers = rng.sample(MINISTERS, k=rng.choice([1, 1, 1, 2, 3]))
    chosen = rng.sample(sources, k=rng.randint(1, 4))
    paragraphs = [p for paras, _ in chosen for p in paras]
    body = rescale("\n\n".join(paragraphs), rng)
    body = rename_people(body, [name for _, people in chosen for name in people], new_names, rng)
    headline = rng.choice(paragraphs)[:50].replace('"', "")
    front = "\n".join(
        [
            "---",
            f'title: "Synthetic release {index}: {headline}"',
            f"date: {day.isoformat()}",
            f"url: https://www.beehive.govt.nz/release/{slug}",
            "ministers:",
            *(f"  - {name}" for name, _ in ministers),
            "portfolios:",
            *(f"  - {portfolio}" for _, portfolio in ministers),
            "---",
        ]
    )
    return f"{front}\n\n{body}\n", day, slug


def messy(kind: str, text: str, previous: str | None) -> bytes:
    if kind == "crlf_bom":
        return ("\ufeff" + text).replace("\n", "\r\n").encode("utf-8")
    if kind == "invalid_yaml":
        return text.replace("ministers:", "ministers: [unclosed", 1).encode("utf-8")
    if kind == "missing_url":
        return re.sub(r"^url: .*\n", "", text, count=1, flags=re.M).encode("utf-8")
    if kind == "latin1":
        return text.encode("utf-8").replace(b"\xe2\x80\x9c", b"\x93", 1) + b"caf\xe9\n"
    if kind == "empty_body":
        return text.split("\n---\n", 1)[0].encode("utf-8") + b"\n---\n\n"
    return (previous or text).encode("utf-8")  # duplicate of the previous release


def write_archive(
    count: int, out: Path, seed: int = 7, mess_rate: float = 0.005, new_names: float = 0.25
) -> None:
    rng = random.Random(seed)
    sources = source_releases()
    previous = None
    for index in range(count):
        text, day, slug = release_text(index, rng, sources, new_names)
        data = messy(rng.choice(MESSES), text, previous) if rng.random() < mess_rate else None
        path = out / f"{day:%Y}" / f"{day:%m}" / f"{day.isoformat()}-{slug}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if data is not None else text.encode("utf-8"))
        previous = text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--new-names", type=float, default=0.25)
    args = parser.parse_args()
    write_archive(args.count, args.out, args.seed, new_names=args.new_names)
    print(f"wrote {args.count} releases under {args.out}")


if __name__ == "__main__":
    main()
