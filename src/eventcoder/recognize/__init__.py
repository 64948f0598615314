"""Recognisers: each finds one kind of mention in text, with character spans."""
