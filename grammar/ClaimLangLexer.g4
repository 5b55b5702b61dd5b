// The lexical structure of ClaimLang (docs/language.md, "Files and tokens").
//
// The lexer never fails: every character of a file ends up in exactly one token, so the
// syntax tree can give the input back byte for byte. Text that is not valid is still
// tokenized, and the tree builder reports it:
//   - BAD_CHAR (a character that cannot start a token) goes to the hidden channel as trivia
//     and is reported as CL0003, so the parser carries on as if it were not there;
//   - an unterminated string becomes a STRING token and an unterminated block comment a
//     comment, reported as CL0002;
//   - a malformed number becomes a NUMBER token, reported as CL0004.
lexer grammar ClaimLangLexer;

// A name followed by ':' is a claim label. No lexer rule makes this token: after lexing,
// LabelMarker (in the Parsing folder) retypes such identifiers, so that a label can never be
// read as a name of the claim before it (`source A says X ->` then `next: source ...`).
tokens { LABEL }

// Keywords (SyntaxFacts holds the same spellings for the rest of the compiler).
SOURCE   : 'source';
PERSON   : 'person';
ENTITY   : 'entity';
METRIC   : 'metric';
UNIT     : 'unit';
SAYS     : 'says';
QUOTING  : 'quoting';
AS       : 'as';
OF       : 'of';
NOTE     : 'note';
CITE     : 'cite';
STATUS   : 'status';
THOUSAND : 'thousand';
MILLION  : 'million';
BILLION  : 'billion';
TRILLION : 'trillion';

// A date is four digits, then a month and perhaps a day. A bare year lexes as a NUMBER and
// the parser reads it as a date where a date is expected.
DATE : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT ('-' DIGIT DIGIT)?;

NUMBER
    : '-'? DIGITS ('.' DIGITS)? EXPONENT?
    // Malformed forms, kept as one token so that one mistake gives one diagnostic (CL0004).
    | '-'? DIGITS ('.' DIGITS)? [eE] [+-]?
    | '-'? DIGIT (DIGIT | '_')* '_' (DIGIT | '_')* ('.' (DIGIT | '_')+)? EXPONENT?
    ;

STRING
    : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"'
    // Unterminated: runs to the end of the line (CL0002).
    | '"' (~["\\\r\n] | '\\' ~[\r\n])* '\\'?
    ;

ARROW      : '->' | '\u2192';
DOTDOT     : '..';
GREATER_EQ : '>=';
LESS_EQ    : '<=';
GREATER    : '>';
LESS       : '<';
TILDE      : '~';
SLASH      : '/';
PERCENT    : '%';
COLON      : ':';
OPEN_BRACE : '{';
CLOSE_BRACE: '}';

IDENTIFIER : ID_START ID_PART*;

// Trivia: the parser never sees it; the tree keeps it.
WHITESPACE    : [ \t\f\u000B\u00A0\uFEFF]+  -> channel(HIDDEN);
END_OF_LINE   : ('\r\n' | '\r' | '\n')      -> channel(HIDDEN);
LINE_COMMENT  : '//' ~[\r\n]*               -> channel(HIDDEN);
BLOCK_COMMENT
    : ( '/*' .*? '*/'
      // Unterminated: runs to the end of the file (CL0002). It only matches text holding
      // no '*/', so a terminated comment never lexes this way.
      | '/*' (~'*' | '*'+ ~[*/])* '*'* EOF
      ) -> channel(HIDDEN)
    ;

// Anything else is one bad character (CL0003).
BAD_CHAR : . -> channel(HIDDEN);

fragment DIGIT    : [0-9];
fragment DIGITS   : DIGIT ('_'? DIGIT)*;
fragment EXPONENT : [eE] [+-]? DIGITS;
// The lexer reads UTF-16 code units (so token offsets are the tree's offsets); a letter outside
// the Basic Multilingual Plane arrives as a surrogate pair, accepted here and checked to be a
// letter, digit or mark by the literal checks.
fragment ID_START : [\p{L}] | '_' | SURROGATE_PAIR;
fragment ID_PART  : [\p{L}\p{Nd}\p{Mn}\p{Mc}\p{Pc}] | SURROGATE_PAIR;
fragment SURROGATE_PAIR : [\uD800-\uDBFF] [\uDC00-\uDFFF];
