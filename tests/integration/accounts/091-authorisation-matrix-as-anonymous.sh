# Every row of the authorisation matrix (lib/authorisation.sh) answers
# an anonymous visitor as its column says.
authorisation_check anonymous
