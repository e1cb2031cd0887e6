# pandas anchor for bench/validate, as issue 2 names it: read_csv + describe() + value_counts()
# per column, for the data file and the reference.
# Usage: python3 anchor.py DATA.csv REFERENCE.csv
import sys
import pandas as pd

for path in sys.argv[1:]:
    df = pd.read_csv(path)
    df.describe()
    for c in df.columns:
        df[c].value_counts()
    print(path, len(df), file=sys.stderr)
