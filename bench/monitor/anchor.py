"""Anchor for bench/monitor/run.mjs: the same monitoring job in the Python stack (the one Evidently
builds on): pandas reads the production file, a scikit-learn 1.2 CART (same depth) scores it, and
scipy tests each feature (ks_2samp) and the predictions (chi-square) against the bundle's holdout
rows (the same reference cd4ml uses), and sklearn computes the live metrics.
Usage: /usr/bin/python3 anchor.py early.csv prod.csv bundle/holdout.jsonl"""
import sys
import pandas as pd
from scipy import stats
from sklearn.metrics import accuracy_score, balanced_accuracy_score, f1_score, precision_score, recall_score
from sklearn.tree import DecisionTreeClassifier

FEATURES = ['precipitation', 'temp_max', 'temp_min', 'wind']
early = pd.read_csv(sys.argv[1])
hold = pd.read_json(sys.argv[3], lines=True, dtype=False, convert_dates=False)
hold[FEATURES] = hold[FEATURES].astype(float)
train = early.merge(hold[['date']], on='date', how='left', indicator=True).query('_merge == "left_only"')
model = DecisionTreeClassifier(max_depth=6, random_state=42).fit(train[FEATURES], train.weather)
ref_pred = pd.Series(model.predict(hold[FEATURES]))

prod = pd.read_csv(sys.argv[2])
pred = pd.Series(model.predict(prod[FEATURES]))
drifted = sum(stats.ks_2samp(hold[f], prod[f]).pvalue < 0.05 for f in FEATURES)
classes = sorted(set(ref_pred) | set(pred))
ref_counts = ref_pred.value_counts().reindex(classes, fill_value=0)
cur_counts = pred.value_counts().reindex(classes, fill_value=0)
expected = ref_counts / ref_counts.sum() * cur_counts.sum()
keep = expected > 0
p_pred = stats.chisquare(cur_counts[keep], expected[keep] * cur_counts[keep].sum() / expected[keep].sum()).pvalue
y = prod.weather
live = [accuracy_score(y, pred), balanced_accuracy_score(y, pred), precision_score(y, pred, average='macro', zero_division=0), recall_score(y, pred, average='macro', zero_division=0), f1_score(y, pred, average='macro', zero_division=0)]
print(f'rows={len(prod)} drifted_features={drifted} p_pred={p_pred:.3g} accuracy={live[0]:.4f}')
