"""The anchor for bench/serve: the seeds' FastAPI + joblib-style server with the equivalent
scikit-learn tree (Debian python3-fastapi 0.92, python3-uvicorn 0.17 with uvloop/httptools,
python3-sklearn 1.2). Same data, same features, same depth; pydantic validates the body, pandas-free
one-hot preprocessing, predict_proba. One process, async endpoint.

    /usr/bin/python3 bench/serve/fastapi_server.py DATA.csv PORT
"""
import csv
import sys
from typing import List, Union

import numpy as np
import uvicorn
from fastapi import FastAPI
from pydantic import BaseModel
from sklearn.tree import DecisionTreeClassifier

DATA, PORT = sys.argv[1], int(sys.argv[2])
NUMERIC = ["senior_citizen", "tenure", "monthly_charges", "total_charges"]
CATEGORICAL = ["gender", "partner", "dependents", "phone_service", "internet_service", "streaming_tv", "contract", "paperless_billing", "payment_method"]

with open(DATA, newline="") as f:
    rows = list(csv.DictReader(f))
cats = {c: sorted({r[c] for r in rows}) for c in CATEGORICAL}
medians = {c: float(np.median([float(r[c]) for r in rows if r[c] != ""])) for c in NUMERIC}


def encode(records):
    X = np.zeros((len(records), len(NUMERIC) + sum(len(v) for v in cats.values())))
    for i, r in enumerate(records):
        j = 0
        for c in NUMERIC:
            v = r[c]
            X[i, j] = medians[c] if v is None or v == "" else float(v)
            j += 1
        for c in CATEGORICAL:
            for k in cats[c]:
                X[i, j] = 1.0 if r[c] == k else 0.0
                j += 1
    return X


y = np.array([r["churn"] for r in rows])
model = DecisionTreeClassifier(max_depth=6, min_samples_leaf=3, random_state=0).fit(encode(rows), y)
CLASSES = [str(c) for c in model.classes_]


class Row(BaseModel):
    gender: str
    senior_citizen: int
    partner: str
    dependents: str
    tenure: int
    phone_service: str
    internet_service: str
    streaming_tv: str
    contract: str
    paperless_billing: str
    payment_method: str
    monthly_charges: float
    total_charges: float


app = FastAPI()


@app.post("/predict")
async def predict(body: Union[List[Row], Row]):
    items = body if isinstance(body, list) else [body]
    X = encode([r.dict() for r in items])
    proba = model.predict_proba(X)
    return {"model": {"version": "sklearn"}, "predictions": [CLASSES[i] for i in proba.argmax(axis=1)], "probabilities": proba.tolist()}


@app.get("/healthz")
async def healthz():
    return {"status": "ok"}


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=PORT, loop="uvloop", http="httptools", access_log=False, log_level="warning", workers=1)
