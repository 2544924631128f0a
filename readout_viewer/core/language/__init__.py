"""Language: folding, words, stems, synonyms, and cutting texts into sentences, clauses and claims."""
