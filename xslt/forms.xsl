<?xml version="1.0" encoding="UTF-8"?>
<!--
  Forms, shared by every page through layout.xsl. A page document describes
  a form, and the page stylesheet puts it where it belongs with
  <xsl:apply-templates select="form[@name = 'login']"/>:

    <form name="login" action="/inloggen">
      <field name="email" type="email" value="as typed" required="yes">
        <error key="field.required"/>      zero or more
      </field>
      <field name="wachtwoord" type="password" required="yes"/>
      <field name="lang" type="select" value="nl">
        <option value="nl"/><option value="en"/>
      </field>
      <error key="login.failed"/>          errors of the form as a whole
    </form>

  Texts, from the catalogues (FORM and FIELD are the names above):
    form.FORM.FIELD.label          the label of each visible field
    form.FORM.FIELD.hint           a hint below the label, for the fields
                                   listed in $c:form-hints
    form.FORM.FIELD.option.VALUE   each option of a select
    form.FORM.FIELD.choose         the empty first option of an organisation
    form.FORM.submit               the submit button
    KEY of each <error>            with argument 1 the field's label (empty
                                   for an error of the whole form),
                                   argument 2 the error's arg attribute and
                                   argument 3 its arg2 (see c:error-text)
  Field types: text, email, password, url, number, datetime-local (and
  other <input> types as given), select (<option value/> children),
  organisation (a select of municipalities by province), textarea,
  checkbox (checked="yes" ticks it) and hidden. Password values are never
  written back. Fields without required="yes" (but selects, which always
  send a value) get "(niet verplicht)" after the label, or, with
  required-if="OTHER-FIELD", form.FORM.FIELD.required-if (when needed).

  What the form does (NL Design System, WCAG 3.3.1): every error is shown
  next to its field (aria-describedby, aria-invalid), and listed at the
  top of the form in an error summary whose entries link to the fields
  (form errors that one field resolves link to it, c:data('error-fields')); the
  first form with errors gets the focus when the page loads (autofocus,
  no script) and the page title starts with "Fout:". Every form carries
  the hidden field csrf from /page/csrf. Browser validation is off
  (novalidate): the server checks, and its messages are the ones shown.

  Optional parameters: level, the heading level of the error summary (2
  by default; 3 for a form under an h2); button, the Utrecht variant of
  the submit button (primary-action by default).
  A page stylesheet may lay out the fields of its form itself (fieldsets)
  with a template for mode c:fields, see event-form.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    xmlns:func="http://exslt.org/functions"
    xmlns:c="urn:cimolt:xslt"
    extension-element-prefixes="func"
    exclude-result-prefixes="exsl c">

<!-- The autocomplete token of each field that has one (WCAG 1.3.5):
     what a browser or password manager may fill in. Someone else's
     address (an invitation) gets "off". A page stylesheet may have a
     <c:data name="autocomplete"> of its own, which c:data finds first. -->
<c:data name="autocomplete">
  <ac form="login" field="email">username</ac>
  <ac form="login" field="wachtwoord">current-password</ac>
  <ac form="account" field="name">name</ac>
  <ac form="password" field="huidig">current-password</ac>
  <ac form="password" field="nieuw">new-password</ac>
  <ac form="password" field="herhaling">new-password</ac>
  <ac form="invitation" field="wachtwoord">new-password</ac>
  <ac form="invitation" field="herhaling">new-password</ac>
  <ac form="reset" field="wachtwoord">new-password</ac>
  <ac form="reset" field="herhaling">new-password</ac>
  <ac form="forgot" field="email">email</ac>
  <ac form="invite" field="email">off</ac>
  <ac form="invite" field="name">off</ac>
  <ac form="user" field="email">off</ac>
  <ac form="user" field="name">off</ac>
  <ac form="register" field="naam">name</ac>
  <ac form="register" field="email">email</ac>
  <ac form="register" field="functie">organization-title</ac>
  <ac form="register-open" field="naam">name</ac>
  <ac form="register-open" field="email">email</ac>
  <ac form="register-open" field="functie">organization-title</ac>
  <ac form="register-open" field="gast_organisatie">organization</ac>
</c:data>

<!-- The fields that have a hint (catalogue key form.FORM.FIELD.hint),
     as " FORM.FIELD " entries. -->
<xsl:variable name="c:form-hints" select="concat(
    ' password.nieuw invitation.wachtwoord reset.wachtwoord invite.email account.lang',
    ' register.organisatie register.email register.wachtlijst',
    ' register-open.organisatie register-open.gast_organisatie register-open.email register-open.wachtlijst',
    ' event.open_to',
    ' event.description event.title_en event.description_en event.place event.online_url',
    ' event.capacity event.per_org_limit',
    ' event.registration_opens_at event.registration_closes_at event.notify_emails event.status',
    ' event.change_message',
    ' material.url material.body ')"/>

<xsl:template match="form">
  <xsl:param name="level" select="2"/>
  <xsl:param name="button" select="'primary-action'"/>
  <xsl:variable name="f" select="string(@name)"/>
  <form class="utrecht-form cimolt-form" method="post" action="{@action}" novalidate="novalidate">
    <xsl:if test=".//error">
      <div class="utrecht-alert utrecht-alert--error cimolt-error-summary" id="{$f}-errors" tabindex="-1">
        <xsl:if test="generate-id(.) = generate-id((/page//form[.//error])[1])">
          <xsl:attribute name="autofocus">autofocus</xsl:attribute>
        </xsl:if>
        <div class="utrecht-alert__content">
          <div class="utrecht-alert__message">
            <xsl:element name="h{$level}">
              <xsl:attribute name="class">cimolt-error-summary__title</xsl:attribute>
              <xsl:value-of select="c:t('form.errors.title')"/>
            </xsl:element>
            <ul class="cimolt-error-summary__list">
              <xsl:for-each select="error">
                <!-- A form error that a field can resolve links to it. -->
                <xsl:variable name="key" select="string(@key)"/>
                <xsl:variable name="to" select="string(c:data('error-fields')[@key = $key]/@field)"/>
                <li>
                  <xsl:choose>
                    <xsl:when test="$to != '' and ../field[@name = $to]">
                      <a href="#{$f}-{$to}"><xsl:value-of select="c:error-text(.)"/></a>
                    </xsl:when>
                    <xsl:otherwise><xsl:value-of select="c:error-text(.)"/></xsl:otherwise>
                  </xsl:choose>
                </li>
              </xsl:for-each>
              <xsl:for-each select="field[error]">
                <xsl:variable name="id" select="concat($f, '-', @name)"/>
                <xsl:for-each select="error">
                  <li><a href="#{$id}"><xsl:value-of select="c:error-text(.)"/></a></li>
                </xsl:for-each>
              </xsl:for-each>
            </ul>
          </div>
        </div>
      </div>
    </xsl:if>
    <input type="hidden" name="csrf" value="{/page/csrf}"/>
    <xsl:apply-templates select="." mode="c:fields"/>
    <div class="cimolt-form__actions">
      <button type="submit" class="utrecht-button utrecht-button--{$button}">
        <xsl:value-of select="c:t(concat('form.', $f, '.submit'))"/>
      </button>
    </div>
  </form>
</xsl:template>

<!-- The fields of a form, one under the other. A page stylesheet may
     override this for its form, e.g. to group fields in fieldsets
     (event-form.xsl), applying templates to each <field>. -->
<xsl:template match="form" mode="c:fields">
  <xsl:apply-templates select="field"/>
</xsl:template>

<!-- Form errors that one field resolves: the error summary links them to
     that field (a municipality at its limit: the waiting-list box; an
     address registered before: the e-mail field). -->
<c:data name="error-fields">
  <e key="register.org-limit" field="wachtlijst"/>
  <e key="register.org-limit-open" field="wachtlijst"/>
  <e key="register.duplicate" field="email"/>
</c:data>

<!-- c:field-label(field): form.FORM.FIELD.label, or for a field of a
     repeated row (label-key="KEY" label-arg="N") KEY with argument N. -->
<func:function name="c:field-label">
  <xsl:param name="field"/>
  <xsl:choose>
    <xsl:when test="$field/@label-key">
      <func:result select="c:t(string($field/@label-key), string($field/@label-arg))"/>
    </xsl:when>
    <xsl:otherwise>
      <func:result select="c:t(concat('form.', $field/../@name, '.', $field/@name, '.label'))"/>
    </xsl:otherwise>
  </xsl:choose>
</func:function>

<!-- c:error-text(error): the text of an <error>. Argument 1 is the
     field's label (empty for an error of the whole form), 2 the arg
     attribute, 3 arg2. Variants, chosen here so the catalogue stays plain:
     KEY.max when the daemon gives a maximum length in arg (field.text.invalid),
     KEY.one when arg2 is 1 and the text counts it (register.org-limit). -->
<func:function name="c:error-text">
  <xsl:param name="e"/>
  <xsl:variable name="field" select="$e/parent::field"/>
  <xsl:variable name="label">
    <xsl:if test="$field">
      <xsl:value-of select="c:field-label($field)"/>
    </xsl:if>
  </xsl:variable>
  <xsl:variable name="key">
    <xsl:value-of select="$e/@key"/>
    <xsl:choose>
      <xsl:when test="$e/@key = 'field.text.invalid' and normalize-space($e/@arg) != ''">.max</xsl:when>
      <xsl:when test="$e/@key = 'register.org-limit' and number($e/@arg2) = 1">.one</xsl:when>
    </xsl:choose>
  </xsl:variable>
  <func:result select="c:t(string($key), string($label), string($e/@arg), string($e/@arg2))"/>
</func:function>

<xsl:template match="form/field[@type = 'hidden']" priority="2">
  <input type="hidden" name="{@name}" value="{@value}"/>
</xsl:template>

<!-- A field: its label ("(niet verplicht)" after it when the field is
     optional), hint, error messages and control, in the NL Design System's
     form field. The control comes from mode c:control below. -->
<xsl:template match="form/field">
  <xsl:variable name="f" select="string(../@name)"/>
  <xsl:variable name="id" select="concat($f, '-', @name)"/>
  <div class="utrecht-form-field utrecht-form-field--text cimolt-form-field">
    <xsl:if test="error">
      <xsl:attribute name="class">utrecht-form-field utrecht-form-field--text utrecht-form-field--invalid cimolt-form-field</xsl:attribute>
    </xsl:if>
    <div class="utrecht-form-field__label">
      <label class="utrecht-form-label" for="{$id}">
        <xsl:value-of select="c:field-label(.)"/>
        <!-- A select always sends one of its options. A field needed
             only with a certain answer to another (required-if) says
             when, from form.FORM.FIELD.required-if. -->
        <xsl:if test="not(@required = 'yes') and not(@type = 'select')">
          <xsl:text> </xsl:text>
          <span class="cimolt-form-field__optional">
            <xsl:choose>
              <xsl:when test="@required-if"><xsl:value-of select="c:t(concat('form.', $f, '.', @name, '.required-if'))"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="c:t('form.optional')"/></xsl:otherwise>
            </xsl:choose>
          </span>
        </xsl:if>
      </label>
    </div>
    <xsl:call-template name="c:field-hint"/>
    <xsl:call-template name="c:field-errors"/>
    <div class="utrecht-form-field__input">
      <xsl:apply-templates select="." mode="c:control"/>
    </div>
  </div>
</xsl:template>

<!-- One checkbox, its label beside it; hint and errors under the label.
     checked="yes" on the field ticks it. -->
<xsl:template match="form/field[@type = 'checkbox']" priority="2">
  <xsl:variable name="id" select="concat(../@name, '-', @name)"/>
  <div class="utrecht-form-field utrecht-form-field--checkbox cimolt-form-field cimolt-form-field--checkbox">
    <xsl:if test="error">
      <xsl:attribute name="class">utrecht-form-field utrecht-form-field--checkbox utrecht-form-field--invalid cimolt-form-field cimolt-form-field--checkbox</xsl:attribute>
    </xsl:if>
    <div class="utrecht-form-field__input">
      <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="{$id}" name="{@name}" value="{@value}">
        <xsl:if test="@checked = 'yes'">
          <xsl:attribute name="checked">checked</xsl:attribute>
        </xsl:if>
        <xsl:call-template name="c:field-attributes"/>
      </input>
    </div>
    <div class="utrecht-form-field__label utrecht-form-field__label--checkbox">
      <label class="utrecht-form-label utrecht-form-label--checkbox" for="{$id}">
        <xsl:value-of select="c:t(concat('form.', ../@name, '.', @name, '.label'))"/>
      </label>
    </div>
    <xsl:call-template name="c:field-hint"/>
    <xsl:call-template name="c:field-errors"/>
  </div>
</xsl:template>

<!-- c:field-hint, c:field-errors (context: <field>): the hint below the
     label, for the fields listed in $c:form-hints, and the field's error
     messages. Their ids are FORM-FIELD-hint and FORM-FIELD-error. -->
<xsl:template name="c:field-hint">
  <xsl:if test="c:has-hint(.)">
    <div class="utrecht-form-field-description utrecht-form-field__description" id="{../@name}-{@name}-hint">
      <xsl:value-of select="c:t(concat('form.', ../@name, '.', @name, '.hint'))"/>
    </div>
  </xsl:if>
</xsl:template>

<xsl:template name="c:field-errors">
  <xsl:if test="error">
    <div class="utrecht-form-field-error-message utrecht-form-field__error-message" id="{../@name}-{@name}-error">
      <xsl:for-each select="error">
        <p>
          <span class="cimolt-visually-hidden"><xsl:value-of select="c:t('form.error-prefix')"/><xsl:text> </xsl:text></span>
          <xsl:value-of select="c:error-text(.)"/>
        </p>
      </xsl:for-each>
    </div>
  </xsl:if>
</xsl:template>

<!-- c:has-hint(field): whether the field has a hint. -->
<func:function name="c:has-hint">
  <xsl:param name="field"/>
  <func:result select="contains($c:form-hints, concat(' ', $field/../@name, '.', $field/@name, ' '))"/>
</func:function>

<!-- The controls, by field type. -->
<xsl:template match="field[@type = 'select']" mode="c:control">
  <xsl:variable name="f" select="string(../@name)"/>
  <xsl:variable name="n" select="string(@name)"/>
  <xsl:variable name="value" select="string(@value)"/>
  <select class="utrecht-select utrecht-select--html-select" id="{$f}-{$n}" name="{$n}">
    <xsl:call-template name="c:field-attributes">
      <xsl:with-param name="invalid-class">utrecht-select utrecht-select--html-select utrecht-select--invalid</xsl:with-param>
    </xsl:call-template>
    <xsl:for-each select="option">
      <option value="{@value}">
        <xsl:if test="@value = $value">
          <xsl:attribute name="selected">selected</xsl:attribute>
        </xsl:if>
        <!-- A language is named in its own language. -->
        <xsl:if test="$n = 'lang' and @value != $c:lang">
          <xsl:attribute name="lang"><xsl:value-of select="@value"/></xsl:attribute>
        </xsl:if>
        <xsl:value-of select="c:t(concat('form.', $f, '.', $n, '.option.', @value))"/>
      </option>
    </xsl:for-each>
  </select>
</xsl:template>

<!-- A municipality chosen from a plain select, its options grouped by
     province (<province name><option value label/></province>; other
     organisations under <group kind>): usable
     without JavaScript, and typing the first letters of a name selects it
     (the hint says so). An empty first option asks to choose. -->
<xsl:template match="field[@type = 'organisation']" mode="c:control">
  <xsl:variable name="value" select="string(@value)"/>
  <select class="utrecht-select utrecht-select--html-select" id="{../@name}-{@name}" name="{@name}">
    <xsl:call-template name="c:field-attributes">
      <xsl:with-param name="invalid-class">utrecht-select utrecht-select--html-select utrecht-select--invalid</xsl:with-param>
    </xsl:call-template>
    <option value=""><xsl:value-of select="c:t(concat('form.', ../@name, '.', @name, '.choose'))"/></option>
    <xsl:for-each select="province | group">
      <optgroup>
        <xsl:attribute name="label">
          <xsl:choose>
            <xsl:when test="@kind"><xsl:value-of select="c:t(concat('organisation.kind.', @kind))"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="@name"/></xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
        <xsl:for-each select="option">
          <option value="{@value}">
            <xsl:if test="@value = $value">
              <xsl:attribute name="selected">selected</xsl:attribute>
            </xsl:if>
            <xsl:value-of select="@label"/>
          </option>
        </xsl:for-each>
      </optgroup>
    </xsl:for-each>
  </select>
</xsl:template>

<!-- Text of several lines. The HTML parser drops one line break right
     after <textarea>, so one is written first: a text that starts with an
     empty line keeps it. -->
<xsl:template match="field[@type = 'textarea']" mode="c:control">
  <textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="{../@name}-{@name}" name="{@name}" rows="6">
    <xsl:call-template name="c:field-attributes">
      <xsl:with-param name="invalid-class">utrecht-textarea utrecht-textarea--html-textarea utrecht-textarea--invalid</xsl:with-param>
    </xsl:call-template>
    <xsl:text>&#10;</xsl:text>
    <xsl:value-of select="@value"/>
  </textarea>
</xsl:template>

<!-- An <input> of the field's type (text by default). Password values are
     never written back. A typed value that its type cannot hold (a browser
     would empty it, and it is not valid HTML) is shown in a text box, so
     the person sees what was sent and can correct it: a number, date and
     time or web address that the daemon rejected. -->
<xsl:template match="field" mode="c:control">
  <xsl:variable name="type">
    <xsl:choose>
      <xsl:when test="not(normalize-space(@type))">text</xsl:when>
      <xsl:when test="@type = 'url' and error and normalize-space(@value) != ''">text</xsl:when>
      <xsl:when test="@type = 'number' and normalize-space(@value) != '' and not(c:is-integer(@value))">text</xsl:when>
      <xsl:when test="@type = 'datetime-local' and normalize-space(@value) != '' and not(c:is-datetime-local(@value))">text</xsl:when>
      <xsl:otherwise><xsl:value-of select="@type"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <input class="utrecht-textbox utrecht-textbox--html-input" id="{../@name}-{@name}" name="{@name}" type="{$type}">
    <xsl:if test="not(@type = 'password') and normalize-space(@value) != ''">
      <xsl:attribute name="value"><xsl:value-of select="@value"/></xsl:attribute>
    </xsl:if>
    <xsl:if test="@type = 'email' or @type = 'url'">
      <xsl:attribute name="spellcheck">false</xsl:attribute>
    </xsl:if>
    <xsl:if test="$type = 'text' and (@type = 'url' or @type = 'number')">
      <xsl:attribute name="inputmode">
        <xsl:choose>
          <xsl:when test="@type = 'number'">numeric</xsl:when>
          <xsl:otherwise>url</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
    </xsl:if>
    <xsl:if test="@type = 'number'">
      <xsl:attribute name="class">utrecht-textbox utrecht-textbox--html-input cimolt-textbox--short</xsl:attribute>
    </xsl:if>
    <xsl:if test="@maxlength">
      <xsl:attribute name="maxlength"><xsl:value-of select="@maxlength"/></xsl:attribute>
    </xsl:if>
    <xsl:call-template name="c:field-attributes">
      <xsl:with-param name="invalid-class">
        <xsl:text>utrecht-textbox utrecht-textbox--html-input utrecht-textbox--invalid</xsl:text>
        <xsl:if test="@type = 'number'"> cimolt-textbox--short</xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </input>
</xsl:template>

<!-- c:is-integer(s): s is a whole number (digits, perhaps after a minus). -->
<func:function name="c:is-integer">
  <xsl:param name="s"/>
  <xsl:variable name="d" select="string($s)"/>
  <xsl:variable name="digits">
    <xsl:choose>
      <xsl:when test="starts-with($d, '-')"><xsl:value-of select="substring($d, 2)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$d"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <func:result select="string-length($digits) &gt; 0 and translate($digits, '0123456789', '') = ''"/>
</func:function>

<!-- c:is-datetime-local(s): s is "YYYY-MM-DDTHH:MM", a real date and
     time (what <input type="datetime-local"> holds). -->
<func:function name="c:is-datetime-local">
  <xsl:param name="s"/>
  <xsl:variable name="d" select="string($s)"/>
  <xsl:variable name="y" select="number(substring($d, 1, 4))"/>
  <xsl:variable name="m" select="number(substring($d, 6, 2))"/>
  <xsl:variable name="day" select="number(substring($d, 9, 2))"/>
  <xsl:variable name="leap" select="($y mod 4 = 0 and $y mod 100 != 0) or $y mod 400 = 0"/>
  <xsl:variable name="days">
    <xsl:choose>
      <xsl:when test="$m = 2 and $leap">29</xsl:when>
      <xsl:when test="$m = 2">28</xsl:when>
      <xsl:when test="$m = 4 or $m = 6 or $m = 9 or $m = 11">30</xsl:when>
      <xsl:otherwise>31</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <func:result select="string-length($d) = 16
      and translate($d, '0123456789', '0000000000') = '0000-00-00T00:00'
      and $y &gt;= 1 and $m &gt;= 1 and $m &lt;= 12 and $day &gt;= 1 and $day &lt;= number($days)
      and number(substring($d, 12, 2)) &lt; 24 and number(substring($d, 15, 2)) &lt; 60"/>
</func:function>

<!-- The attributes every control gets from its <field> (the context):
     required, autocomplete, aria-describedby (hint and errors), and for
     a field with errors aria-invalid and the invalid class. -->
<xsl:template name="c:field-attributes">
  <xsl:param name="invalid-class"/>
  <xsl:variable name="f" select="string(../@name)"/>
  <xsl:variable name="n" select="string(@name)"/>
  <xsl:variable name="autocomplete"
      select="string(c:data('autocomplete')[@form = $f and @field = $n])"/>
  <xsl:variable name="describedby">
    <xsl:if test="c:has-hint(.)"><xsl:value-of select="concat($f, '-', $n, '-hint ')"/></xsl:if>
    <xsl:if test="error"><xsl:value-of select="concat($f, '-', $n, '-error')"/></xsl:if>
  </xsl:variable>
  <!-- A select of fixed options always sends one of them: no required
       (the Nu checker would ask for an empty first option). -->
  <xsl:if test="@required = 'yes' and not(@type = 'select')">
    <xsl:attribute name="required">required</xsl:attribute>
  </xsl:if>
  <xsl:if test="$autocomplete != ''">
    <xsl:attribute name="autocomplete"><xsl:value-of select="$autocomplete"/></xsl:attribute>
  </xsl:if>
  <xsl:if test="normalize-space($describedby) != ''">
    <xsl:attribute name="aria-describedby"><xsl:value-of select="normalize-space($describedby)"/></xsl:attribute>
  </xsl:if>
  <xsl:if test="error">
    <xsl:attribute name="aria-invalid">true</xsl:attribute>
    <xsl:if test="$invalid-class != ''">
      <xsl:attribute name="class"><xsl:value-of select="normalize-space($invalid-class)"/></xsl:attribute>
    </xsl:if>
  </xsl:if>
</xsl:template>

<!-- c:post-button: a form with one button that POSTs to action (with the
     csrf field), for the actions in a table row. label is the visible
     text; context, when given, is added for screen readers only, so that
     every button in a table has its own name ("Verwijderen (Anna de
     Vries)"). variant: an Utrecht button variant. -->
<xsl:template name="c:post-button">
  <xsl:param name="action"/>
  <xsl:param name="label"/>
  <xsl:param name="context" select="''"/>
  <xsl:param name="variant" select="'secondary-action'"/>
  <form class="cimolt-inline-form" method="post" action="{$action}">
    <input type="hidden" name="csrf" value="{/page/csrf}"/>
    <button type="submit" class="utrecht-button utrecht-button--{$variant}">
      <xsl:value-of select="$label"/>
      <xsl:if test="$context != ''">
        <span class="cimolt-visually-hidden">
          <xsl:text> </xsl:text>
          <xsl:value-of select="c:t('form.button-context', $context)"/>
        </span>
      </xsl:if>
    </button>
  </form>
</xsl:template>

<!-- c:notices: the <notice key="..."/> of the page (cimoltd lets only
     the notices of its own list through, page.c) as a success message at
     the top of main (role status: read out without moving the focus). A
     page that shows the news itself leaves a notice out with an empty
     template for it in mode c:notice (registration.xsl). -->
<xsl:template name="c:notices">
  <xsl:apply-templates select="/page/notice" mode="c:notice"/>
</xsl:template>

<xsl:template match="notice" mode="c:notice">
  <div class="utrecht-alert utrecht-alert--ok cimolt-notice" role="status">
    <div class="utrecht-alert__content">
      <div class="utrecht-alert__message">
        <p><xsl:value-of select="c:t(@key)"/></p>
      </div>
    </div>
  </div>
</xsl:template>

</xsl:stylesheet>
