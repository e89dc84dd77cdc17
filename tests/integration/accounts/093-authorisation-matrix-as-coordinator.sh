# Every row of the authorisation matrix (lib/authorisation.sh) answers
# the demo coordinator as its column says.
authorisation_check coordinator
