"""Trains Hermes' job-title classifier: TF-IDF over word and character n-grams, one-vs-rest linear SVM
over the 1,016 O*NET-SOC occupations, pruned and quantized into data/hermes/title-model.json.gz.

Reproducible: the input is the O*NET extract the project ships (data/onet/), the split and the solver
are deterministic, and the output bytes depend only on them. Run `npm run train:titles` (which
installs scripts/hermes/requirements.txt into a private virtualenv first). Inference is TypeScript
(understanding/titles/title-classifier.ts); the feature extraction below is mirrored there exactly
and checked by a golden file this script writes (understanding/titles/title-model.golden.json).

Held-out split: a reported title is held out when sha1(normalized title)[0] % 5 == 0 (about 20%).
Held-out titles are removed from training under every source and every occupation, after
normalization, because all O*NET reported titles also appear among the alternate titles.
"""

import gzip
import hashlib
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.svm import LinearSVC

ROOT = Path(__file__).resolve().parents[2]
ONET = ROOT / "data" / "onet"
OUT = ROOT / "data" / "hermes" / "title-model.json.gz"
GOLDEN = ROOT / "understanding" / "titles" / "title-model.golden.json"

MODEL_VERSION = "titles-svm-1"
CHAR_MIN_DF = 2
C = 1.0
# Pruning keeps, per occupation, the weights that carry its decisions; quantization to 1/QUANT.
PRUNE_ABS = 0.06
QUANT = 1000
TOKEN = re.compile(r"[a-z0-9]+[+#]*")
# Level and arrangement words say nothing about the occupation ("Senior" pulled titles towards
# military "Senior Enlisted" occupations); dropped unless the title has nothing else.
LEVEL_WORDS = {"senior", "sr", "snr", "junior", "jr", "i", "ii", "iii", "iv", "remote", "hybrid"}
# O*NET spells "Back End Developer", "Front End Developer"; postings mostly write the closed compound.
COMPOUNDS = {"backend": ["back", "end"], "frontend": ["front", "end"], "fullstack": ["full", "stack"]}


def normalize(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(TOKEN.findall(stripped.lower().replace("&", " and ")))


def features(text: str) -> list[str]:
    tokens = normalize(text).split(" ") if normalize(text) else []
    tokens = [t for t in tokens if t not in LEVEL_WORDS] or tokens
    tokens = [part for t in tokens for part in COMPOUNDS.get(t, [t])]
    out: set[str] = set()
    for i, tok in enumerate(tokens):
        out.add("w " + tok)
        if i + 1 < len(tokens):
            out.add("b " + tok + " " + tokens[i + 1])
        padded = " " + tok + " "
        for n in (3, 4, 5):
            for j in range(0, len(padded) - n + 1):
                out.add("c " + padded[j : j + n])
    return sorted(out)


def is_held_out(normalized: str) -> bool:
    return hashlib.sha1(normalized.encode("utf-8")).digest()[0] % 5 == 0


def training_pairs(occupations: list[dict], titles: dict) -> tuple[set[tuple[str, str]], dict[str, set[str]]]:
    """(normalized title, occupation code) pairs to train on, and the held-out reported titles with
    their codes. Shared with train_title_encoder.py, so both models learn from the same titles."""
    held_out: dict[str, set[str]] = defaultdict(set)
    for o in occupations:
        for t in titles.get(o["code"], {}).get("reported", []):
            n = normalize(t)
            if n and is_held_out(n):
                held_out[n].add(o["code"])

    pairs: set[tuple[str, str]] = set()
    for o in occupations:
        code = o["code"]
        t = titles.get(code, {"alternate": [], "reported": []})
        for text in [o["title"], *t["alternate"], *t["reported"]]:
            # "Information Technology Analyst (IT Analyst)" also teaches both halves on their own.
            outside = re.sub(r"\([^)]*\)", " ", text)
            inside = re.findall(r"\(([^)]*)\)", text)
            for variant in {text, outside, *inside}:
                n = normalize(variant)
                if n and n not in held_out and normalize(text) not in held_out:
                    pairs.add((n, code))
    return pairs, held_out


def main() -> None:
    occupations = json.loads((ONET / "occupations.json").read_text("utf-8"))
    titles = json.loads(gzip.decompress((ONET / "titles.json.gz").read_bytes()).decode("utf-8"))
    codes = [o["code"] for o in occupations]
    code_index = {c: i for i, c in enumerate(codes)}

    pairs, held_out = training_pairs(occupations, titles)
    train = sorted((n, code_index[code]) for n, code in pairs)

    df: dict[str, int] = defaultdict(int)
    feats = [features(text) for text, _ in train]
    for fs in feats:
        for f in fs:
            df[f] += 1
    vocab = sorted(f for f, d in df.items() if not f.startswith("c ") or d >= CHAR_MIN_DF)
    index = {f: i for i, f in enumerate(vocab)}
    n_docs = len(train)
    idf = np.array([math.log((1 + n_docs) / (1 + df[f])) + 1 for f in vocab], dtype=np.float64)

    def vectorize(rows: list[list[str]]) -> csr_matrix:
        data, cols, ptr = [], [], [0]
        for fs in rows:
            ids = [index[f] for f in fs if f in index]
            vals = idf[ids]
            norm = math.sqrt(float(np.dot(vals, vals))) or 1.0
            cols.extend(ids)
            data.extend((vals / norm).tolist())
            ptr.append(len(cols))
        return csr_matrix((data, cols, ptr), shape=(len(rows), len(vocab)))

    x = vectorize(feats)
    y = np.array([c for _, c in train])
    # Balanced class weights: occupations with hundreds of alternate titles would otherwise win ties.
    model = LinearSVC(C=C, loss="squared_hinge", dual=True, tol=1e-4, max_iter=2000, random_state=0, class_weight="balanced")
    model.fit(x, y)
    classes = model.classes_.tolist()  # indices into codes, sorted; occupations without titles have no class
    weights = model.coef_
    bias = model.intercept_

    quantized = np.where(np.abs(weights) >= PRUNE_ABS, np.round(weights * QUANT), 0).astype(np.int32)
    kept = int(np.count_nonzero(quantized))

    held = sorted(held_out.items())
    xh = vectorize([features(t) for t, _ in held])
    scores_full = xh @ weights.T + bias
    scores_pruned = (xh @ (csr_matrix(quantized.astype(np.float64) / QUANT)).T).toarray() + np.round(bias * QUANT) / QUANT

    def accuracy(scores: np.ndarray) -> tuple[float, float]:
        top1 = top5 = 0
        order = np.argsort(-scores, axis=1, kind="stable")[:, :5]
        for (_, gold), row in zip(held, order):
            predicted = [codes[classes[k]] for k in row]
            top1 += predicted[0] in gold
            top5 += any(p in gold for p in predicted)
        return top1 / len(held), top5 / len(held)

    full = accuracy(np.asarray(scores_full))
    pruned = accuracy(scores_pruned)

    # Softmax temperature for confidences, fitted on the training titles' own margins would be
    # overconfident; fit it on half of the held-out titles (the other half stays an honest check).
    best_t, best_loss = 1.0, float("inf")
    calib = [(i, g) for i, (_, g) in enumerate(held) if i % 2 == 0]
    for t in [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20]:
        loss = 0.0
        for i, gold in calib:
            s = scores_pruned[i] * t
            s = s - s.max()
            p = np.exp(s) / np.exp(s).sum()
            loss -= math.log(max(sum(p[k] for k, c in enumerate(classes) if codes[c] in gold), 1e-12))
        if loss < best_loss:
            best_t, best_loss = float(t), loss

    # Feature-major sparse layout: for each feature, the occupations it votes for. Features whose
    # weights were all pruned are dropped from the vocabulary.
    columns = quantized.T
    features_out, idf_out, postings = [], [], []
    for f, name in enumerate(vocab):
        nz = np.nonzero(columns[f])[0]
        if len(nz) == 0:
            continue
        features_out.append(name)
        idf_out.append(round(float(idf[f]), 6))
        postings.append([int(v) for pair in zip(nz.tolist(), columns[f][nz].tolist()) for v in pair])

    artifact = {
        "version": MODEL_VERSION,
        "trainedOn": "O*NET 29.2 occupation titles, alternate titles and reported titles (data/onet)",
        "analyzer": {"tokens": TOKEN.pattern, "word": [1, 2], "charWb": [3, 5], "tf": "binary", "norm": "l2"},
        "split": {"rule": "sha1(normalized reported title)[0] % 5 == 0", "heldOutTitles": len(held)},
        "training": {"titles": n_docs, "C": C, "classWeight": "balanced", "pruneAbs": PRUNE_ABS, "charMinDf": CHAR_MIN_DF},
        "heldOut": {"top1": round(pruned[0], 4), "top5": round(pruned[1], 4), "unprunedTop1": round(full[0], 4), "unprunedTop5": round(full[1], 4)},
        "temperature": best_t,
        "scale": QUANT,
        "classes": [codes[c] for c in classes],
        "bias": [int(round(b * QUANT)) for b in bias],
        "features": features_out,
        "idf": idf_out,
        "weights": postings,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(artifact, separators=(",", ":")).encode("utf-8")
    OUT.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))

    # Golden file: inputs and the scores this exact artifact gives, for the TypeScript parity test.
    samples = ["Software Engineer", "Senior Backend Engineer", "Registered Nurse", "Sr. Java Developer (Remote)", "C# .NET developer", "Chef de Cuisine", "Accounts Payable Clerk", "Staff Data Scientist, ML", "HR Generalist", "Über Driver"]
    keep_features = {name: i for i, name in enumerate(features_out)}
    golden = []
    for s in samples:
        fs = [f for f in features(s) if f in keep_features]
        vals = np.array([idf_out[keep_features[f]] for f in fs])
        norm = math.sqrt(float(np.dot(vals, vals))) or 1.0
        score = np.array(artifact["bias"], dtype=np.float64) / QUANT
        for f, v in zip(fs, vals):
            post = postings[keep_features[f]]
            for k in range(0, len(post), 2):
                score[post[k]] += (v / norm) * post[k + 1] / QUANT
        top = np.argsort(-score, kind="stable")[:5]
        golden.append({"title": s, "normalized": normalize(s), "codes": [artifact["classes"][k] for k in top], "scores": [round(float(score[k]), 6) for k in top]})
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    GOLDEN.write_text(json.dumps({"version": MODEL_VERSION, "samples": golden}, indent=2) + "\n", "utf-8")

    print(json.dumps({"titles": n_docs, "held_out": len(held), "vocab": len(vocab), "kept_features": len(features_out), "kept_weights": kept, "bytes": OUT.stat().st_size, "unpruned": full, "pruned": pruned, "temperature": best_t}), file=sys.stderr)


if __name__ == "__main__":
    main()
