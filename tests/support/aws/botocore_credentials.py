#!/usr/bin/python3
"""The oracle for tst_awsroles: resolves an AWS profile with botocore's own credential
providers (Debian's python3-botocore), the ones the AWS CLI uses, and asks STS who the keys
are. Its STS and IAM Identity Center clients go to the sandbox's endpoint.

Reads one JSON object on standard input, or a list of them (one process for all: botocore is
imported once; each is resolved in a session of its own):
  {"configFile", "credentialsFile", "profile", "endpoint", "home" (the same for all),
   "mfaCode" (optional), "env" (optional: variables such as AWS_ACCESS_KEY_ID)}
Writes one JSON object for each (a list for a list):
  {"ok": true, "arn", "account", "expiry", "mfaPrompts"} or
  {"ok": false, "errorClass", "errorCode", "message"}
Keys and codes arrive on standard input, never on the command line, and no key is printed.
"""
import json
import os
import sys


def prepare_environment(request):
    # Before botocore is imported (its SSO cache folder is read from ~ at import time), and
    # again before each request: only the request's files and variables.
    for name in list(os.environ):
        if name.startswith("AWS_") or name.startswith("BOTO_"):
            del os.environ[name]
    os.environ["HOME"] = request["home"]
    os.environ["AWS_CONFIG_FILE"] = request["configFile"]
    os.environ["AWS_SHARED_CREDENTIALS_FILE"] = request["credentialsFile"]
    os.environ["AWS_EC2_METADATA_DISABLED"] = "true"
    os.environ["BOTO_CONFIG"] = os.devnull
    for name, value in (request.get("env") or {}).items():
        os.environ[str(name)] = str(value)


def main():
    given = json.loads(sys.stdin.read())
    requests = given if isinstance(given, list) else [given]
    prepare_environment(requests[0])

    import botocore.session  # noqa: F401 -- imported once, with the first request's HOME

    answers = []
    for request in requests:
        prepare_environment(request)
        answers.append(resolve(request))
    answer = answers if isinstance(given, list) else answers[0]
    sys.stdout.write(json.dumps(answer, sort_keys=True) + "\n")
    return 0


def resolve(request):
    import logging

    import botocore.session
    from botocore.credentials import (
        AssumeRoleProvider,
        CanonicalNameCredentialSourcer,
        EnvProvider,
        ProfileProviderBuilder,
        create_credential_resolver,
    )
    from botocore.exceptions import ClientError, NoCredentialsError

    logging.getLogger("botocore").addHandler(logging.NullHandler())
    logging.getLogger("botocore").propagate = False
    endpoint = request["endpoint"]
    profile = request["profile"]
    prompts = []

    class SandboxSession(botocore.session.Session):
        # Every client the providers make (sts for AssumeRole, sso for GetRoleCredentials)
        # goes through create_client: to the sandbox.
        def create_client(self, service_name, *args, **kwargs):
            if service_name in ("sts", "sso", "sso-oidc") and kwargs.get("endpoint_url") is None:
                kwargs["endpoint_url"] = endpoint
            return super().create_client(service_name, *args, **kwargs)

    def prompter(prompt):
        prompts.append(prompt)
        if request.get("mfaCode") is None:
            raise RuntimeError("an MFA code was asked for: %s" % prompt)
        return request["mfaCode"]

    try:
        session = SandboxSession(profile=profile)
        region = session.get_config_variable("region") or "us-east-1"
        cache = {}
        resolver = create_credential_resolver(session, cache=cache, region_name=region)

        def client_creator(service_name, **kwargs):
            arguments = {"region_name": region}
            arguments.update(kwargs)
            return session.create_client(service_name, **arguments)

        # The stock provider's prompter is getpass, bound when botocore was imported: the
        # same provider, made with a prompter that gives the test's code.
        sourcer = CanonicalNameCredentialSourcer(
            [EnvProvider(), resolver.get_provider("container-role"),
             resolver.get_provider("iam-role")])
        provider = AssumeRoleProvider(
            load_config=lambda: session.full_config, client_creator=client_creator,
            cache=cache, profile_name=profile, prompter=prompter, credential_sourcer=sourcer,
            profile_provider_builder=ProfileProviderBuilder(session, cache=cache,
                                                            region_name=region))
        methods = [each.METHOD for each in resolver.providers]
        resolver.providers[methods.index("assume-role")] = provider
        session.register_component("credential_provider", resolver)

        credentials = session.get_credentials()
        if credentials is None:
            raise NoCredentialsError()
        frozen = credentials.get_frozen_credentials()
        expiry = getattr(credentials, "_expiry_time", None)
        sts = session.create_client(
            "sts", region_name=region, aws_access_key_id=frozen.access_key,
            aws_secret_access_key=frozen.secret_key, aws_session_token=frozen.token)
        identity = sts.get_caller_identity()
        return {"ok": True, "arn": identity.get("Arn"), "account": identity.get("Account"),
                "expiry": expiry.isoformat() if expiry is not None else None,
                "mfaPrompts": prompts}
    except ClientError as error:
        return {"ok": False, "errorClass": type(error).__name__,
                "errorCode": error.response.get("Error", {}).get("Code"), "message": str(error)}
    except Exception as error:  # botocore's configuration errors: the class names the fault
        return {"ok": False, "errorClass": type(error).__name__, "errorCode": None,
                "message": str(error)}


if __name__ == "__main__":
    sys.exit(main())
