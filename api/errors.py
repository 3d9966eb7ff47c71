"""The API's errors: JSON with a stable machine code and a French message."""

from django.http import JsonResponse


def error(status, code, message, **extra):
    response = JsonResponse(
        {"code": code, "message": message, **extra},
        status=status,
        json_dumps_params={"ensure_ascii": False},
    )
    response["Cache-Control"] = "no-store"
    return response
