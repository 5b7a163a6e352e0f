"""Peer for bench/customs.bench.ts: XGBoost on the Customs Import Declaration Datasets.

Same protocol and encoding policy as Portcullis' own trainer (src/risk/table):
encodings are fitted on the training split only; unseen values at valid/test time map to
"unknown" (missing). Date -> month and day of week. Categorical columns are ordinal codes by
training frequency (missing = unknown); high-cardinality ones (> 64 distinct) also get an
out-of-fold (5 folds, assigned by the seed) smoothed target encoding and a training frequency
count; with --encoding target (the default, as Portcullis' default) the high-cardinality code
itself is left out, with --encoding ordinal it is kept.
Trains 300 trees of depth 6 per seed, scores the test split once per seed, prints JSON.
Needs only numpy and xgboost (Debian: python3-xgboost).
"""
import argparse, csv, json, math, sys, time, datetime
import numpy as np
import xgboost as xgb

NUMERIC = {"Tax Rate", "Net Mass", "Item Price"}
DROP = {"Declaration ID", "Fraud", "Critical Fraud"}
HIGH_CARD = 64
SMOOTHING = 20.0
FOLDS = 5


def read(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def label_of(header, rows, label):
    """A 0/1 column ("Fraud") or a comparison ("Critical Fraud==2")."""
    if "==" in label:
        column, wanted = (x.strip() for x in label.split("==", 1))
        i = header.index(column)
        return np.array([1.0 if r[i].strip() == wanted else 0.0 for r in rows])
    i = header.index(label)
    return np.array([1.0 if float(r[i]) > 0 else 0.0 for r in rows])


def num(v):
    try:
        return float(v) if v != "" else math.nan
    except ValueError:
        return math.nan


def date_parts(values):
    month, dow = [], []
    for v in values:
        d = datetime.date.fromisoformat(v)
        month.append(d.month)
        dow.append(d.isoweekday() % 7)
    return [np.array(month, float), np.array(dow, float)]


def target_encode(train_vals, y, other_vals, seed, encoding):
    prior = y.mean()
    def table(vals, ys):
        s, c = {}, {}
        for v, t in zip(vals, ys):
            if v == "":
                continue
            s[v] = s.get(v, 0.0) + t
            c[v] = c.get(v, 0) + 1
        return s, c
    def enc(s, c, v):
        if v == "" or v not in c:
            return math.nan
        return (s[v] + SMOOTHING * prior) / (c[v] + SMOOTHING)
    n = len(train_vals)
    folds = np.random.RandomState(seed).randint(0, FOLDS, n) if encoding == "random" else np.arange(n) % FOLDS
    oof = np.full(n, math.nan)
    for k in range(FOLDS):
        idx = [i for i in range(n) if folds[i] != k]
        s, c = table([train_vals[i] for i in idx], y[idx])
        for i in range(n):
            if folds[i] == k:
                oof[i] = enc(s, c, train_vals[i])
    s, c = table(train_vals, y)
    return oof, [np.array([enc(s, c, v) for v in vals]) for vals in other_vals], c


def encode(header, train, others, y, seed, encoding):
    cols_tr, cols_o, names = [], [[] for _ in others], []
    for j, name in enumerate(header):
        if name in DROP:
            continue
        tv = [r[j] for r in train]
        ov = [[r[j] for r in rows] for rows in others]
        if name == "Date":
            cols_tr += date_parts(tv)
            for k, vals in enumerate(ov):
                cols_o[k] += date_parts(vals)
            names += ["Date.month", "Date.dayOfWeek"]
        elif name in NUMERIC:
            cols_tr.append(np.array([num(v) for v in tv]))
            for k, vals in enumerate(ov):
                cols_o[k].append(np.array([num(v) for v in vals]))
            names.append(name)
        else:
            counts = {}
            for v in tv:
                if v != "":
                    counts[v] = counts.get(v, 0) + 1
            order = {v: i for i, v in enumerate(sorted(counts, key=lambda v: (-counts[v], v)))}
            code = lambda v: float(order[v]) if v in order else math.nan
            high = len(counts) > HIGH_CARD
            if not high or encoding == "ordinal":
                cols_tr.append(np.array([code(v) for v in tv]))
                for k, vals in enumerate(ov):
                    cols_o[k].append(np.array([code(v) for v in vals]))
                names.append(name)
            if high:
                oof, enc_o, _ = target_encode(tv, y, ov, seed, "random")
                cols_tr.append(oof)
                for k, e in enumerate(enc_o):
                    cols_o[k].append(e)
                cols_tr.append(np.array([float(counts.get(v, 0)) for v in tv]))
                for k, vals in enumerate(ov):
                    cols_o[k].append(np.array([float(counts.get(v, 0)) for v in vals]))
                names += [name + ".target", name + ".count"]
    return names, np.column_stack(cols_tr), [np.column_stack(c) for c in cols_o]


def at_k(scores, y, frac):
    n = len(scores)
    k = max(1, math.ceil(n * frac))
    order = sorted(range(n), key=lambda i: (-scores[i], i))[:k]
    hits = sum(y[i] for i in order)
    return hits / k, hits / max(1.0, y.sum())


def auc(scores, y):
    order = np.argsort(scores, kind="mergesort")
    s = scores[order]
    ranks = np.empty(len(s))
    i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and s[j + 1] == s[i]:
            j += 1
        ranks[i : j + 1] = (i + j) / 2 + 1
        i = j + 1
    pos = y[order] == 1
    n1, n0 = pos.sum(), (~pos).sum()
    return (ranks[pos].sum() - n1 * (n1 + 1) / 2) / (n1 * n0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/work/shared/data/customs")
    ap.add_argument("--label", default="Fraud", help='0/1 column, or e.g. "Critical Fraud==2"')
    ap.add_argument("--encoding", default="target", choices=["target", "ordinal"])
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--trees", type=int, default=300)
    ap.add_argument("--depth", type=int, default=6)
    ap.add_argument("--split", default="test", help="test (default) or valid")
    ap.add_argument("--eta", type=float, default=0.3)
    ap.add_argument("--subsample", type=float, default=1.0)
    ap.add_argument("--colsample", type=float, default=1.0)
    ap.add_argument("--threads", type=int, default=1)
    a = ap.parse_args()
    header, train = read(a.data + "/df_syn_train_eng.csv")
    _, evalrows = read(a.data + f"/df_syn_{a.split}_eng.csv")
    y = label_of(header, train, a.label)
    ye = label_of(header, evalrows, a.label)
    runs = []
    for seed in range(a.seeds):
        t0, c0 = time.perf_counter(), time.process_time()
        names, xtr, (xe,) = encode(header, train, [evalrows], y, seed, a.encoding)
        params = {"objective": "binary:logistic", "max_depth": a.depth, "eta": a.eta,
                  "subsample": a.subsample, "colsample_bytree": a.colsample, "seed": seed,
                  "nthread": a.threads, "tree_method": "hist", "max_bin": 255}
        booster = xgb.train(params, xgb.DMatrix(xtr, label=y), num_boost_round=a.trees)
        train_s, train_cpu = time.perf_counter() - t0, time.process_time() - c0
        s = booster.predict(xgb.DMatrix(xe))
        m = {"seed": seed, "trainSeconds": train_s, "trainCpuSeconds": train_cpu,
             "auc": float(auc(s, ye))}
        for n in (1, 2, 5, 10):
            p, r = at_k(s, ye, n / 100)
            m[f"p{n}"], m[f"r{n}"] = float(p), float(r)
        runs.append(m)
    json.dump({"peer": f"xgboost {xgb.__version__}", "features": names, "runs": runs}, sys.stdout)
    print()


if __name__ == "__main__":
    main()
