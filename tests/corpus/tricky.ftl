a = { $x ->
   *[one] {{{{{{{{{{{{{{{{{{{{ }
}
b = ‮ reversed
-term = { -term }
c = { -term }
d = { d }
