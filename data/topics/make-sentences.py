#!/usr/bin/env python3
"""Writes sentences.csv: short English sentences on four topics, made from the templates below (written for
Compress & Compare, not collected from anywhere). Deterministic: the same file on every run.
Run from this folder: python3 make-sentences.py"""
import csv
import random

rng = random.Random(14)
TOPICS = {
    "sports": (
        ["The {team} won the {game} after {extra}.", "Our striker scored twice in the {game}.", "The coach said the {team} needs a better defense.",
         "Fans cheered when the {team} took the lead in the {game}.", "She ran the marathon in under three hours.",
         "The referee stopped the {game} because of {extra}.", "He trained all winter for the {game}.", "The {team} lost on penalties in the {game}."],
        {"team": ["home team", "visitors", "national side", "underdogs", "champions"], "game": ["final", "derby", "semifinal", "league match", "cup tie"],
         "extra": ["extra time", "a late goal", "heavy rain", "a red card", "a long delay"]},
    ),
    "food": (
        ["Add the {ingredient} and simmer the {dish} for {time}.", "This {dish} tastes better with fresh {ingredient}.",
         "The chef served a warm {dish} with {ingredient}.", "Bake the {dish} for {time} until golden.", "We cooked {dish} for dinner with too much {ingredient}.",
         "Chop the {ingredient} finely before frying.", "The restaurant's {dish} was salty but delicious.", "Leave the {dish} to rest for {time} before serving."],
        {"ingredient": ["garlic", "basil", "butter", "onions", "lemon zest"], "dish": ["soup", "risotto", "bread", "curry", "apple pie"],
         "time": ["ten minutes", "half an hour", "an hour", "twenty minutes", "a few minutes"]},
    ),
    "weather": (
        ["Expect {condition} across the {region} {when}.", "The forecast warns of {condition} {when}.", "Temperatures will drop sharply in the {region} {when}.",
         "A storm brings {condition} to the {region}.", "Skies clear {when} after a week of {condition}.", "Strong winds and {condition} hit the {region} overnight.",
         "It will be sunny in the {region} {when}.", "Flood warnings remain after {condition} in the {region}."],
        {"condition": ["heavy rain", "snow showers", "thick fog", "hail", "thunderstorms"], "region": ["north", "coast", "mountains", "valley", "south"],
         "when": ["tomorrow", "this weekend", "tonight", "on Monday", "later today"]},
    ),
    "technology": (
        ["The new {device} ships with a faster {part}.", "Update the {software} to fix the {problem}.", "Engineers found a {problem} in the {software}.",
         "The {device} restarts when the {part} overheats.", "Our {software} now runs twice as fast on the {device}.", "A {problem} let attackers into the {software}.",
         "Install the {software} before connecting the {device}.", "The {part} of this {device} is hard to replace."],
        {"device": ["laptop", "phone", "router", "tablet", "server"], "part": ["processor", "battery", "memory chip", "graphics card", "screen"],
         "software": ["operating system", "browser", "database", "app", "compiler"], "problem": ["security bug", "memory leak", "crash", "slow start", "data loss"]},
    ),
}


def fill(template, words):
    return template.format(**{k: rng.choice(v) for k, v in words.items() if "{" + k + "}" in template})


rows = []
for label, (templates, words) in TOPICS.items():
    seen = set()
    while len(seen) < 90:
        seen.add(fill(rng.choice(templates), words))
    rows += [(text, label) for text in sorted(seen)]
rng.shuffle(rows)
with open("sentences.csv", "w", newline="", encoding="utf-8") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(["text", "topic"])
    writer.writerows(rows)
