"""The FastAPI anchor of bench/serve on the wine data (scikit-learn's bundled wine_data.csv, Debian
python3-sklearn 1.2): python3-fastapi 0.92 on python3-uvicorn 0.17 (uvloop + httptools), one
process, an `async def` endpoint, a pydantic body model of the 13 features (a row or a list of
rows), DecisionTreeClassifier(max_depth=6) and predict_proba — the same answer as our /predict.

    /usr/bin/python3 bench/serve/fastapi_wine_server.py PORT
"""
import sys
from typing import List, Union

import numpy as np
import uvicorn
from fastapi import FastAPI
from pydantic import BaseModel
from sklearn.datasets import load_wine
from sklearn.tree import DecisionTreeClassifier

PORT = int(sys.argv[1])
data = load_wine()
FEATURES = [n.replace("/", "_") for n in data.feature_names]
CLASSES = [f"class_{i}" for i in range(3)]
model = DecisionTreeClassifier(max_depth=6, min_samples_leaf=3, random_state=0).fit(data.data, data.target)


class Row(BaseModel):
    alcohol: float
    malic_acid: float
    ash: float
    alcalinity_of_ash: float
    magnesium: int
    total_phenols: float
    flavanoids: float
    nonflavanoid_phenols: float
    proanthocyanins: float
    color_intensity: float
    hue: float
    od280_od315_of_diluted_wines: float
    proline: int


app = FastAPI()


@app.post("/predict")
async def predict(body: Union[List[Row], Row]):
    items = body if isinstance(body, list) else [body]
    X = np.array([[getattr(r, f) for f in FEATURES] for r in items], dtype=float)
    proba = model.predict_proba(X)
    return {"model": {"version": "sklearn"}, "predictions": [CLASSES[i] for i in proba.argmax(axis=1)], "probabilities": proba.tolist()}


@app.get("/healthz")
async def healthz():
    return {"status": "ok"}


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=PORT, loop="uvloop", http="httptools", access_log=False, log_level="warning", workers=1)
