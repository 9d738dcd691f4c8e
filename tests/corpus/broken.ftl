no equals sign here
= nothing before
ÿþ invalid utf8
