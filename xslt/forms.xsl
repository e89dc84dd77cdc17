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
    form.FORM.submit               the submit button
    KEY of each <error>            with argument 1 the field's label and
                                   argument 2 the error's arg attribute
                                   (argument 3 its arg2, for form errors)
                                   (<error key="field.too-long" arg="150"/>)
  Field types: text, email, password, select, hidden (and other <input>
  types as given). Password values are never written back. Fields without
  required="yes" (but selects, which always send a value) get "(niet
  verplicht)" after the label.

  What the form does (NL Design System, WCAG 3.3.1): every error is shown
  next to its field (aria-describedby, aria-invalid), and listed at the
  top of the form in an error summary whose entries link to the fields;
  the first form with errors gets the focus when the page loads (autofocus,
  no script) and the page title starts with "Fout:". Every form carries
  the hidden field csrf from /page/csrf. Browser validation is off
  (novalidate): the server checks, and its messages are the ones shown.

  Optional parameter: level, the heading level of the error summary (2 by
  default; 3 for a form under an h2).
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
     address (an invitation) gets "off". -->
<xsl:variable name="c:autocomplete">
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
</xsl:variable>

<!-- The fields that have a hint (catalogue key form.FORM.FIELD.hint),
     as " FORM.FIELD " entries. -->
<xsl:variable name="c:form-hints"
    select="' password.nieuw invitation.wachtwoord reset.wachtwoord invite.email account.lang '"/>

<xsl:template match="form">
  <xsl:param name="level" select="2"/>
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
                <li><xsl:value-of select="c:t(@key, '', @arg, @arg2)"/></li>
              </xsl:for-each>
              <xsl:for-each select="field[error]">
                <xsl:variable name="label" select="c:t(concat('form.', $f, '.', @name, '.label'))"/>
                <xsl:variable name="id" select="concat($f, '-', @name)"/>
                <xsl:for-each select="error">
                  <li><a href="#{$id}"><xsl:value-of select="c:t(@key, $label, @arg)"/></a></li>
                </xsl:for-each>
              </xsl:for-each>
            </ul>
          </div>
        </div>
      </div>
    </xsl:if>
    <input type="hidden" name="csrf" value="{/page/csrf}"/>
    <xsl:apply-templates select="field"/>
    <div class="cimolt-form__actions">
      <button type="submit" class="utrecht-button utrecht-button--primary-action">
        <xsl:value-of select="c:t(concat('form.', $f, '.submit'))"/>
      </button>
    </div>
  </form>
</xsl:template>

<xsl:template match="form/field[@type = 'hidden']">
  <input type="hidden" name="{@name}" value="{@value}"/>
</xsl:template>

<xsl:template match="form/field">
  <xsl:variable name="f" select="string(../@name)"/>
  <xsl:variable name="n" select="string(@name)"/>
  <xsl:variable name="id" select="concat($f, '-', $n)"/>
  <xsl:variable name="label" select="c:t(concat('form.', $f, '.', $n, '.label'))"/>
  <xsl:variable name="hint" select="contains($c:form-hints, concat(' ', $f, '.', $n, ' '))"/>
  <xsl:variable name="describedby">
    <xsl:if test="$hint"><xsl:value-of select="concat($id, '-hint ')"/></xsl:if>
    <xsl:if test="error"><xsl:value-of select="concat($id, '-error')"/></xsl:if>
  </xsl:variable>
  <xsl:variable name="autocomplete"
      select="exsl:node-set($c:autocomplete)/ac[@form = $f and @field = $n]"/>
  <div class="utrecht-form-field utrecht-form-field--text cimolt-form-field">
    <xsl:if test="error">
      <xsl:attribute name="class">utrecht-form-field utrecht-form-field--text utrecht-form-field--invalid cimolt-form-field</xsl:attribute>
    </xsl:if>
    <div class="utrecht-form-field__label">
      <label class="utrecht-form-label" for="{$id}">
        <xsl:value-of select="$label"/>
        <xsl:if test="not(@required = 'yes') and not(@type = 'select')">
          <xsl:text> </xsl:text>
          <span class="cimolt-form-field__optional"><xsl:value-of select="c:t('form.optional')"/></span>
        </xsl:if>
      </label>
    </div>
    <xsl:if test="$hint">
      <div class="utrecht-form-field-description utrecht-form-field__description" id="{$id}-hint">
        <xsl:value-of select="c:t(concat('form.', $f, '.', $n, '.hint'))"/>
      </div>
    </xsl:if>
    <xsl:if test="error">
      <div class="utrecht-form-field-error-message utrecht-form-field__error-message" id="{$id}-error">
        <xsl:for-each select="error">
          <p>
            <span class="cimolt-visually-hidden"><xsl:value-of select="c:t('form.error-prefix')"/><xsl:text> </xsl:text></span>
            <xsl:value-of select="c:t(@key, $label, @arg)"/>
          </p>
        </xsl:for-each>
      </div>
    </xsl:if>
    <div class="utrecht-form-field__input">
      <xsl:choose>
        <xsl:when test="@type = 'select'">
          <select class="utrecht-select utrecht-select--html-select" id="{$id}" name="{$n}">
            <xsl:call-template name="c:field-attributes">
              <xsl:with-param name="describedby" select="normalize-space($describedby)"/>
              <xsl:with-param name="autocomplete" select="string($autocomplete)"/>
              <xsl:with-param name="invalid-class">utrecht-select utrecht-select--html-select utrecht-select--invalid</xsl:with-param>
            </xsl:call-template>
            <xsl:variable name="value" select="string(@value)"/>
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
        </xsl:when>
        <xsl:otherwise>
          <input class="utrecht-textbox utrecht-textbox--html-input" id="{$id}" name="{$n}">
            <xsl:attribute name="type">
              <xsl:choose>
                <xsl:when test="normalize-space(@type)"><xsl:value-of select="@type"/></xsl:when>
                <xsl:otherwise>text</xsl:otherwise>
              </xsl:choose>
            </xsl:attribute>
            <xsl:if test="not(@type = 'password') and normalize-space(@value) != ''">
              <xsl:attribute name="value"><xsl:value-of select="@value"/></xsl:attribute>
            </xsl:if>
            <xsl:if test="@type = 'email'">
              <xsl:attribute name="spellcheck">false</xsl:attribute>
            </xsl:if>
            <xsl:if test="@maxlength">
              <xsl:attribute name="maxlength"><xsl:value-of select="@maxlength"/></xsl:attribute>
            </xsl:if>
            <xsl:call-template name="c:field-attributes">
              <xsl:with-param name="describedby" select="normalize-space($describedby)"/>
              <xsl:with-param name="autocomplete" select="string($autocomplete)"/>
              <xsl:with-param name="invalid-class">utrecht-textbox utrecht-textbox--html-input utrecht-textbox--invalid</xsl:with-param>
            </xsl:call-template>
          </input>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </div>
</xsl:template>

<!-- The attributes every control gets from its <field>. -->
<xsl:template name="c:field-attributes">
  <xsl:param name="describedby"/>
  <xsl:param name="autocomplete"/>
  <xsl:param name="invalid-class"/>
  <!-- A select always sends one of its options: no required (the Nu
       checker would ask for an empty first option). -->
  <xsl:if test="@required = 'yes' and not(@type = 'select')">
    <xsl:attribute name="required">required</xsl:attribute>
  </xsl:if>
  <xsl:if test="$autocomplete != ''">
    <xsl:attribute name="autocomplete"><xsl:value-of select="$autocomplete"/></xsl:attribute>
  </xsl:if>
  <xsl:if test="$describedby != ''">
    <xsl:attribute name="aria-describedby"><xsl:value-of select="$describedby"/></xsl:attribute>
  </xsl:if>
  <xsl:if test="error">
    <xsl:attribute name="aria-invalid">true</xsl:attribute>
    <xsl:attribute name="class"><xsl:value-of select="$invalid-class"/></xsl:attribute>
  </xsl:if>
</xsl:template>

<!-- A municipality chosen from a plain select, its options grouped by
     province (<province name><option value label/></province>): usable
     without JavaScript, and a browser's type-ahead finds a name. -->
<xsl:template match="form/field[@type = 'organisation']" priority="1">
  <xsl:call-template name="c:field-frame">
    <xsl:with-param name="control">
      <xsl:variable name="value" select="string(@value)"/>
      <select class="utrecht-select utrecht-select--html-select" id="{../@name}-{@name}" name="{@name}">
        <xsl:call-template name="c:field-attributes">
          <xsl:with-param name="describedby" select="c:error-id(.)"/>
          <xsl:with-param name="autocomplete" select="''"/>
          <xsl:with-param name="invalid-class">utrecht-select utrecht-select--html-select utrecht-select--invalid</xsl:with-param>
        </xsl:call-template>
        <option value=""><xsl:value-of select="c:t('form.choose')"/></option>
        <xsl:for-each select="province">
          <optgroup label="{@name}">
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
    </xsl:with-param>
  </xsl:call-template>
</xsl:template>

<!-- Text of several lines. -->
<xsl:template match="form/field[@type = 'textarea']" priority="1">
  <xsl:call-template name="c:field-frame">
    <xsl:with-param name="control">
      <textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="{../@name}-{@name}" name="{@name}" rows="6">
        <xsl:call-template name="c:field-attributes">
          <xsl:with-param name="describedby" select="c:error-id(.)"/>
          <xsl:with-param name="autocomplete" select="''"/>
          <xsl:with-param name="invalid-class">utrecht-textarea utrecht-textarea--html-textarea utrecht-textarea--invalid</xsl:with-param>
        </xsl:call-template>
        <xsl:value-of select="@value"/>
      </textarea>
    </xsl:with-param>
  </xsl:call-template>
</xsl:template>

<!-- One checkbox, its label beside it. -->
<xsl:template match="form/field[@type = 'checkbox']" priority="1">
  <xsl:variable name="id" select="concat(../@name, '-', @name)"/>
  <div class="utrecht-form-field utrecht-form-field--checkbox cimolt-form-field">
    <div class="utrecht-form-field__input">
      <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="{$id}" name="{@name}" value="{@value}"/>
    </div>
    <div class="utrecht-form-field__label utrecht-form-field__label--checkbox">
      <label class="utrecht-form-label utrecht-form-label--checkbox" for="{$id}">
        <xsl:value-of select="c:t(concat('form.', ../@name, '.', @name, '.label'))"/>
      </label>
    </div>
  </div>
</xsl:template>

<!-- c:error-id(field): the id of the field's error message, or "". -->
<func:function name="c:error-id">
  <xsl:param name="field"/>
  <xsl:choose>
    <xsl:when test="$field/error">
      <func:result select="concat($field/../@name, '-', $field/@name, '-error')"/>
    </xsl:when>
    <xsl:otherwise><func:result select="''"/></xsl:otherwise>
  </xsl:choose>
</func:function>

<!-- c:field-frame: the label, errors and wrapper of a field whose control
     a template makes itself (param control). -->
<xsl:template name="c:field-frame">
  <xsl:param name="control"/>
  <xsl:variable name="id" select="concat(../@name, '-', @name)"/>
  <xsl:variable name="label" select="c:t(concat('form.', ../@name, '.', @name, '.label'))"/>
  <div class="utrecht-form-field utrecht-form-field--text cimolt-form-field">
    <xsl:if test="error">
      <xsl:attribute name="class">utrecht-form-field utrecht-form-field--text utrecht-form-field--invalid cimolt-form-field</xsl:attribute>
    </xsl:if>
    <div class="utrecht-form-field__label">
      <label class="utrecht-form-label" for="{$id}">
        <xsl:value-of select="$label"/>
        <xsl:if test="not(@required = 'yes')">
          <xsl:text> </xsl:text>
          <span class="cimolt-form-field__optional"><xsl:value-of select="c:t('form.optional')"/></span>
        </xsl:if>
      </label>
    </div>
    <xsl:if test="error">
      <div class="utrecht-form-field-error-message utrecht-form-field__error-message" id="{$id}-error">
        <xsl:for-each select="error">
          <p>
            <span class="cimolt-visually-hidden"><xsl:value-of select="c:t('form.error-prefix')"/><xsl:text> </xsl:text></span>
            <xsl:value-of select="c:t(@key, $label, @arg)"/>
          </p>
        </xsl:for-each>
      </div>
    </xsl:if>
    <div class="utrecht-form-field__input">
      <xsl:copy-of select="$control"/>
    </div>
  </div>
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
     the notices of its own list through, page.c) as a success
     message at the top of main (role status: read out without moving the
     focus). -->
<xsl:template name="c:notices">
  <xsl:for-each select="/page/notice">
    <div class="utrecht-alert utrecht-alert--ok cimolt-notice" role="status">
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">
          <p><xsl:value-of select="c:t(@key)"/></p>
        </div>
      </div>
    </div>
  </xsl:for-each>
</xsl:template>

</xsl:stylesheet>
