-- wrk script: POST the JSON body from $BODY_FILE to $WRK_PATH (default /predict); wrk itself
-- counts non-2xx answers.
wrk.method = "POST"
wrk.path = os.getenv("WRK_PATH") or "/predict"
wrk.headers["Content-Type"] = "application/json"
local f = assert(io.open(os.getenv("BODY_FILE"), "rb"))
wrk.body = f:read("*a")
f:close()
