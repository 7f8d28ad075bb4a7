"""The encrypted store: SQLCipher 4, key file, schema and migrations, repositories, audit chain."""
