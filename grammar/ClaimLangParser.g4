// The syntax of ClaimLang (docs/language.md, "Declarations" and "Claims").
//
// The rules are factored so that every decision needs one token of lookahead (a source
// declaration and a claim both begin with `source NAME`), and small parts are inlined as
// labelled tokens instead of rules of their own: a rule invocation is the parser's main cost.
// Alternatives are not labelled (a labelled alternative costs a second context object per
// invocation); the tree builder tells them apart by their first token, which the parser only
// ever predicts an alternative on.
// The tree builder in src/ClaimLang.Core/Parsing reads the labels below into the typed syntax
// tree (ANTLR builds no parse tree of its own: every part the builder needs is labelled);
// nothing outside that folder sees these types.
parser grammar ClaimLangParser;

options { tokenVocab = ClaimLangLexer; }

compilationUnit : members+=member* eof=EOF;

member
    // `source NAME` then either a claim (quoting/says) or the rest of a source declaration.
    : keyword=SOURCE name=IDENTIFIER (claim=claimTail | declaration=declarationTail)
    // person, entity, metric and unit declarations.
    | keyword=(PERSON | ENTITY | METRIC | UNIT) name=IDENTIFIER declaration=declarationTail
    // LABEL ':' source SOURCE ...
    | label=LABEL colon=COLON keyword=SOURCE name=IDENTIFIER claim=claimTail
    ;

// KIND NAME ["display name"] [{ attribute* }]
declarationTail : displayName=STRING? block=attributeBlock?;

// A line that starts like a new declaration or claim ends a block whose '}' was forgotten,
// so that the mistake hides nothing after it (StartsMemberInsideBlock, in the Parsing folder).
attributeBlock : open=OPEN_BRACE ({!StartsMemberInsideBlock()}? attributes+=attribute)* close=CLOSE_BRACE;

// Inside braces an attribute name may be any identifier or keyword ("unit USD"); a value is a
// string, number (with a scale word), date, identifier, keyword ("kind person") or '%'. A
// keyword value keeps its token type: the parser only checks that one stands there.
attribute
    : name=(IDENTIFIER | SOURCE | PERSON | ENTITY | METRIC | UNIT | SAYS | QUOTING | AS | OF
           | NOTE | CITE | STATUS | THOUSAND | MILLION | BILLION | TRILLION)
      ( value=(STRING | DATE | IDENTIFIER | PERCENT | SOURCE | PERSON | ENTITY | METRIC | UNIT | SAYS
              | QUOTING | AS | OF | NOTE | CITE | STATUS | THOUSAND | MILLION | BILLION | TRILLION)
      | value=NUMBER scale=(THOUSAND | MILLION | BILLION | TRILLION)?
      )
    ;

// [quoting SPEAKER]* says SUBJECT [METRIC] AMOUNT UNIT ['/' TIMEUNIT] PERIOD QUALIFIER*
claimTail
    : (quoting+=QUOTING speakers+=IDENTIFIER)*
      says=SAYS from=IDENTIFIER (arrow=ARROW to=IDENTIFIER)? metric=IDENTIFIER?
      quantity=amount
      unit=(IDENTIFIER | PERCENT) (slash=SLASH per=IDENTIFIER)?
      start=(DATE | NUMBER) (periodDots=DOTDOT end=(DATE | NUMBER))?
      qualifiers+=qualifier*
    ;

amount
    : low=NUMBER lowScale=(THOUSAND | MILLION | BILLION | TRILLION)?
      (dots=DOTDOT high=NUMBER highScale=(THOUSAND | MILLION | BILLION | TRILLION)?)?
    | op=(GREATER_EQ | GREATER | LESS_EQ | LESS)
      value=NUMBER scale=(THOUSAND | MILLION | BILLION | TRILLION)?
    | tilde=TILDE value=NUMBER scale=(THOUSAND | MILLION | BILLION | TRILLION)?
    ;

qualifier
    : as=AS of=OF date=(DATE | NUMBER)
    | note=NOTE text=STRING
    | cite=CITE text=STRING
    | status=STATUS value=IDENTIFIER
    ;
