#!/usr/bin/python3
"""The oracle for tst_awssigner: signs requests with botocore's own SigV4Auth (Debian's
python3-botocore) and prints what it made, one JSON object per request.

Reads a JSON array of requests on standard input:
  {"method", "url", "headers": [[name, value]...], "body" (latin-1 text), "accessKeyId",
   "secretAccessKey", "sessionToken", "region", "service", "amzDate"}
Writes a JSON array of {"canonicalRequest", "stringToSign", "authorization"}.
The keys arrive on standard input, never on the command line.
"""
import json
import sys

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials


def sign(spec):
    credentials = Credentials(spec["accessKeyId"], spec["secretAccessKey"],
                              spec.get("sessionToken") or None)
    auth = SigV4Auth(credentials, spec["service"], spec["region"])
    request = AWSRequest(method=spec["method"], url=spec["url"],
                         data=spec["body"].encode("latin-1"))
    for name, value in spec["headers"]:
        request.headers[name] = value
    # What add_auth does, with the time fixed instead of read from the clock.
    request.context["timestamp"] = spec["amzDate"]
    request.headers["X-Amz-Date"] = spec["amzDate"]
    if credentials.token:
        request.headers["X-Amz-Security-Token"] = credentials.token
    canonical = auth.canonical_request(request)
    to_sign = auth.string_to_sign(request, canonical)
    signature = auth.signature(to_sign, request)
    signed = auth.signed_headers(auth.headers_to_sign(request))
    scope = auth.scope(request)
    return {
        "canonicalRequest": canonical,
        "stringToSign": to_sign,
        "authorization": "AWS4-HMAC-SHA256 Credential=%s, SignedHeaders=%s, Signature=%s"
                         % (scope, signed, signature),
    }


def main():
    specs = json.load(sys.stdin)
    json.dump([sign(spec) for spec in specs], sys.stdout)


if __name__ == "__main__":
    main()
