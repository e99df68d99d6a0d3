"""The Processing provider `milieuatlas`: the public API (see contracts.md)."""
