"""The dock panel: widgets bound to a settings object; work runs as Processing tasks."""
