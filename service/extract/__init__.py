"""The extraction pipeline: article text in, coded incidents out."""
