"""The hall's call: the sentence (service), how it is spoken sign by sign (words), WAV and espeak-ng (audio)."""
