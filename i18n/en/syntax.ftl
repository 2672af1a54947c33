# The TOML parser's messages. English catalogue.
# The parser writes "<description>, expected <what>, <what>"; each part is looked up
# here by an id made of its words: "invalid date" is syntax-invalid-date, "month
# between 01 and 12" after "expected" is syntax-expected-month-between-01-and-12.
# The English text is the parser's own, word for word.

syntax-message = TOML: { $description }
syntax-message-expected = { $n ->
   *[other] TOML: { $description }, expected { $expected }
}
# A message of a newer parser that this catalogue does not have yet.
syntax-unknown = TOML: { $message }
syntax-duplicate-key-named = duplicate key `{ $key }`

syntax-merge-conflict = the file has an unresolved git merge conflict
syntax-merge-conflict-help = keep the lines you want between the markers, delete the `<<<<<<<`, `=======` and `>>>>>>>` lines, and run `intplan check` again

syntax-duplicate-key = duplicate key
syntax-recursion-limit = recursion limit
syntax-cannot-recurse-further-max-recursion-depth-met = cannot recurse further; max recursion depth met
syntax-could-not-allocate-for-string = could not allocate for string
syntax-may-only-go-between-digits = `_` may only go between digits
syntax-carriage-return-must-be-followed-by-newline = carriage return must be followed by newline
syntax-extra = extra `=`
syntax-extra-assignment-between-key-value-pairs = extra assignment between key-value pairs
syntax-extra-comma-in-array = extra comma in array
syntax-extra-comma-in-inline-table = extra comma in inline table
syntax-integers-with-a-radix-cannot-be-signed = integers with a radix cannot be signed
syntax-invalid-basic-string = invalid basic string
syntax-invalid-comment-character = invalid comment character
syntax-invalid-inline-table-element = invalid inline table element
syntax-invalid-key-value-pair = invalid key-value pair
syntax-invalid-multi-line-basic-string = invalid multi-line basic string
syntax-invalid-unquoted-key = invalid unquoted key
syntax-invalid-value = invalid value
syntax-key-with-no-value = key with no value
syntax-keys-cannot-be-multi-line-basic-strings = keys cannot be multi-line basic strings
syntax-keys-cannot-be-multi-line-literal-strings = keys cannot be multi-line literal strings
syntax-missing-array-opening = missing array opening
syntax-missing-assignment-between-key-value-pairs = missing assignment between key-value pairs
syntax-missing-comma-between-array-elements = missing comma between array elements
syntax-missing-comma-between-key-value-pairs = missing comma between key-value pairs
syntax-missing-comment-start = missing comment start
syntax-missing-escaped-value = missing escaped value
syntax-missing-inline-table-opening = missing inline table opening
syntax-missing-key-for-inline-table-element = missing key for inline table element
syntax-missing-opening-quote = missing opening quote
syntax-missing-table-open = missing table open
syntax-missing-value = missing value
syntax-missing-value-for-key = missing value for key
syntax-radix-must-be-lowercase = radix must be lowercase
syntax-redundant-integer-number-prefix = redundant integer number prefix
syntax-redundant-numeric-sign = redundant numeric sign
syntax-string-values-must-be-quoted = string values must be quoted
syntax-too-few-unicode-value-digits = too few unicode value digits
syntax-unclosed-array = unclosed array
syntax-unclosed-array-table = unclosed array table
syntax-unclosed-inline-table = unclosed inline table
syntax-unclosed-table = unclosed table
syntax-unexpected-in-array = unexpected `=` in array
syntax-unexpected-content = unexpected content
syntax-unexpected-content-between-comment-and-newline = unexpected content between comment and newline
syntax-unexpected-key-or-value = unexpected key or value
syntax-unexpected-leading-zero = unexpected leading zero
syntax-unexpected-sign = unexpected sign
syntax-unquoted-keys-cannot-be-empty = unquoted keys cannot be empty
syntax-invalid-string = invalid string
syntax-invalid-boolean = invalid boolean
syntax-invalid-date-time = invalid date-time
syntax-invalid-datetime = invalid datetime
syntax-invalid-date = invalid date
syntax-invalid-time = invalid time
syntax-invalid-offset = invalid offset
syntax-invalid-float = invalid float
syntax-invalid-integer-number = invalid integer number
syntax-invalid-hexadecimal-number = invalid hexadecimal number
syntax-invalid-octal-number = invalid octal number
syntax-invalid-binary-number = invalid binary number
syntax-invalid-literal-string = invalid literal string
syntax-invalid-multi-line-literal-string = invalid multi-line literal string
syntax-invalid-fraction = invalid fraction
syntax-invalid-exponent = invalid exponent
syntax-invalid-mantissa = invalid mantissa
syntax-invalid-key = invalid key
syntax-invalid-table = invalid table

# What the parser expected instead.
syntax-expected-nothing = nothing
syntax-expected-newline = newline
syntax-expected-basic-string = basic string
syntax-expected-characters = characters
syntax-expected-digits = digits
syntax-expected-key = key
syntax-expected-letters = letters
syntax-expected-literal-string = literal string
syntax-expected-multi-line-basic-string = multi-line basic string
syntax-expected-non-double-quote-visible-characters = non-double-quote visible characters
syntax-expected-non-single-quote-characters = non-single-quote characters
syntax-expected-non-single-quote-visible-characters = non-single-quote visible characters
syntax-expected-numbers = numbers
syntax-expected-printable-characters = printable characters
syntax-expected-unicode-hexadecimal-value = unicode hexadecimal value
syntax-expected-value = value
syntax-expected-mm-dd = `-` (MM-DD)
syntax-expected-yyyy-mm-or-hh-mm = `-` (YYYY-MM) or `:` (HH:MM)
syntax-expected-hh-mm = `:` (HH:MM)
syntax-expected-t-between-date-and-time = `T` between date and time
syntax-expected-a-four-digit-year-yyyy = a four-digit year (YYYY)
syntax-expected-a-two-digit-day-dd = a two-digit day (DD)
syntax-expected-a-two-digit-hour-hh = a two-digit hour (HH)
syntax-expected-a-two-digit-minute-mm = a two-digit minute (MM)
syntax-expected-a-two-digit-month-mm = a two-digit month (MM)
syntax-expected-a-two-digit-second-ss = a two-digit second (SS)
syntax-expected-year-or-hour = year or hour
syntax-expected-day = day
syntax-expected-month = month
syntax-expected-hour = hour
syntax-expected-minute = minute
syntax-expected-second = second
syntax-expected-nanosecond = nanosecond
syntax-expected-nanoseconds-overflowed = nanoseconds overflowed
syntax-expected-day-between-01-and-28 = day between 01 and 28
syntax-expected-day-between-01-and-29 = day between 01 and 29
syntax-expected-day-between-01-and-30 = day between 01 and 30
syntax-expected-day-between-01-and-31 = day between 01 and 31
syntax-expected-month-between-01-and-12 = month between 01 and 12
syntax-expected-hour-between-00-and-23 = hour between 00 and 23
syntax-expected-hours-between-00-and-23 = hours between 00 and 23
syntax-expected-minute-between-00-and-59 = minute between 00 and 59
syntax-expected-minutes-between-00-and-59 = minutes between 00 and 59
syntax-expected-second-between-00-and-60 = second between 00 and 60
