# Dutch for the strings of issue #17's scale work (facets cancelled by a newer query).
NL = {
    "The search was cancelled.": "De zoekopdracht is afgebroken.",
}
