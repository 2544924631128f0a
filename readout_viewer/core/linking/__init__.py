"""Linking: how alike two claims are, which claims report the same thing, agree or diverge, and omissions."""
