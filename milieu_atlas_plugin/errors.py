"""Errors that carry a message meant for the user (layer, field, feature or line named)."""


class InputError(ValueError):
    """Bad input: the message names what is wrong and where; nothing has been written."""


class Cancelled(Exception):
    """The run was cancelled (Processing's cancel, a core ``is_cancelled`` callback or Ctrl-C);
    nothing is returned and nothing has been written."""
