<?xml version="1.0" encoding="UTF-8"?>
<!--
  One section of the monitor (page name "monitor-section", GET/POST
  /monitor/{year}/{section}): the section index with progress, and the
  form with this section's questions. The document holds the section as
  the questionnaire has it (<q:section> with <q:question>s, their texts,
  help, descriptors and options), then per question <answer question
  value dont-know prefilled/> (stored, or as typed after an error) and
  <error question key arg arg2/>; form-level errors (a colleague saved
  meanwhile, the round is submitted) are <error key/> without question.
  The form carries the section's version (hidden field versie).

  Fields: the question's id, with "?" for "weet ik niet" on maturity,
  yes/no and choice questions, and a checkbox ID-weetniet on the others.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:q="urn:cimolt:questionnaire"
    xmlns:c="urn:cimolt:xslt"
    exclude-result-prefixes="c q">

<xsl:import href="monitor-common.xsl"/>

<xsl:variable name="f" select="/page/form[@name = 'section']"/>

<xsl:template match="page" mode="c:title">
  <xsl:call-template name="q-text"><xsl:with-param name="nodes" select="$f/q:section/q:title"/></xsl:call-template>
  <xsl:text> – </xsl:text>
  <xsl:value-of select="c:t('monitor.round', round/@year)"/>
</xsl:template>

<xsl:template match="page" mode="c:main">
  <xsl:variable name="year" select="round/@year"/>
  <p><a class="utrecht-link" href="/monitor/{$year}"><xsl:value-of select="c:t('monitor.back-round', $year)"/></a></p>
  <div class="cimolt-monitor">
    <nav class="cimolt-monitor__index" aria-label="{c:t('monitor.index')}">
      <ol>
        <xsl:for-each select="round/section">
          <li>
            <a class="utrecht-link" href="/monitor/{$year}/{@id}">
              <xsl:if test="@current = 'yes'"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
              <xsl:call-template name="q-text"><xsl:with-param name="nodes" select="q:title"/></xsl:call-template>
            </a>
            <xsl:text> </xsl:text>
            <span class="cimolt-count"><xsl:value-of select="c:t('monitor.progress', @answered, @total)"/></span>
          </li>
        </xsl:for-each>
      </ol>
    </nav>
    <div class="cimolt-monitor__section">
      <h1>
        <xsl:call-template name="q-text"><xsl:with-param name="nodes" select="$f/q:section/q:title"/></xsl:call-template>
      </h1>
      <xsl:for-each select="$f/q:section/q:intro[lang($c:lang)]">
        <p><xsl:value-of select="."/></p>
      </xsl:for-each>
      <xsl:if test="round/@status = 'submitted'">
        <p class="utrecht-alert cimolt-note"><xsl:value-of select="c:t('monitor.locked')"/></p>
      </xsl:if>
      <form class="utrecht-form cimolt-form" method="post" action="{$f/@action}" novalidate="novalidate">
        <xsl:if test="$f/error">
          <div class="utrecht-alert utrecht-alert--error cimolt-error-summary" id="section-errors" tabindex="-1" autofocus="autofocus">
            <div class="utrecht-alert__content">
              <div class="utrecht-alert__message">
                <h2 class="cimolt-error-summary__title"><xsl:value-of select="c:t('form.errors.title')"/></h2>
                <ul class="cimolt-error-summary__list">
                  <xsl:for-each select="$f/error[not(@question)]">
                    <li><xsl:value-of select="c:t(@key)"/></li>
                  </xsl:for-each>
                  <xsl:for-each select="$f/error[@question]">
                    <li><a href="#q-{@question}"><xsl:call-template name="error-text"/></a></li>
                  </xsl:for-each>
                </ul>
              </div>
            </div>
          </div>
        </xsl:if>
        <input type="hidden" name="csrf" value="{/page/csrf}"/>
        <input type="hidden" name="versie" value="{$f/@version}"/>
        <xsl:apply-templates select="$f/q:section/q:question"/>
        <div class="cimolt-form__actions">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" name="verder" value="ja">
            <xsl:value-of select="c:t('monitor.save-next')"/>
          </button>
          <xsl:text> </xsl:text>
          <button type="submit" class="utrecht-button utrecht-button--secondary-action">
            <xsl:value-of select="c:t('monitor.save')"/>
          </button>
        </div>
      </form>
      <p class="cimolt-pager">
        <xsl:if test="previous">
          <a class="utrecht-link" href="/monitor/{$year}/{previous}"><xsl:value-of select="c:t('monitor.previous')"/></a>
          <xsl:text> </xsl:text>
        </xsl:if>
        <xsl:if test="next">
          <a class="utrecht-link" href="/monitor/{$year}/{next}"><xsl:value-of select="c:t('monitor.next')"/></a>
        </xsl:if>
      </p>
    </div>
  </div>
</xsl:template>

<!-- The message of a question's error (context: <error question>). -->
<xsl:template name="error-text">
  <xsl:variable name="id" select="@question"/>
  <xsl:variable name="text">
    <xsl:call-template name="q-text"><xsl:with-param name="nodes" select="$f/q:section/q:question[@id = $id]/q:text"/></xsl:call-template>
  </xsl:variable>
  <xsl:value-of select="c:t(@key, $text, @arg, @arg2)"/>
</xsl:template>

<!-- One question: a fieldset of radio buttons for the kinds one picks,
     a labelled input for numbers and text. -->
<xsl:template match="q:question">
  <xsl:variable name="id" select="@id"/>
  <xsl:variable name="a" select="$f/answer[@question = $id]"/>
  <xsl:variable name="err" select="$f/error[@question = $id]"/>
  <xsl:variable name="describedby">
    <xsl:if test="q:help"><xsl:value-of select="concat('q-', $id, '-help ')"/></xsl:if>
    <xsl:if test="$err"><xsl:value-of select="concat('q-', $id, '-error')"/></xsl:if>
  </xsl:variable>
  <div class="cimolt-question cimolt-question--{@type}" id="q-{$id}-block">
    <xsl:if test="$err"><xsl:attribute name="class">cimolt-question cimolt-question--<xsl:value-of select="@type"/> cimolt-question--invalid</xsl:attribute></xsl:if>
    <xsl:choose>
      <xsl:when test="@type = 'maturity' or @type = 'yesno' or @type = 'choice'">
        <fieldset class="utrecht-form-fieldset cimolt-fieldset" id="q-{$id}">
          <xsl:if test="normalize-space($describedby)">
            <xsl:attribute name="aria-describedby"><xsl:value-of select="normalize-space($describedby)"/></xsl:attribute>
          </xsl:if>
          <legend class="utrecht-form-fieldset__legend">
            <xsl:call-template name="q-text"><xsl:with-param name="nodes" select="q:text"/></xsl:call-template>
          </legend>
          <xsl:call-template name="help-and-error"/>
          <xsl:choose>
            <xsl:when test="@type = 'maturity'">
              <xsl:for-each select="q:descriptor[lang($c:lang)]">
                <xsl:call-template name="radio">
                  <xsl:with-param name="value" select="@value"/>
                  <xsl:with-param name="label" select="concat(@value, ' – ', .)"/>
                  <xsl:with-param name="answer" select="$a"/>
                </xsl:call-template>
              </xsl:for-each>
            </xsl:when>
            <xsl:when test="@type = 'yesno'">
              <xsl:call-template name="radio">
                <xsl:with-param name="value" select="'ja'"/>
                <xsl:with-param name="label" select="c:t('monitor.yes')"/>
                <xsl:with-param name="answer" select="$a"/>
              </xsl:call-template>
              <xsl:call-template name="radio">
                <xsl:with-param name="value" select="'nee'"/>
                <xsl:with-param name="label" select="c:t('monitor.no')"/>
                <xsl:with-param name="answer" select="$a"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise>
              <xsl:for-each select="q:option">
                <xsl:variable name="label">
                  <xsl:call-template name="q-text"><xsl:with-param name="nodes" select="q:label"/></xsl:call-template>
                </xsl:variable>
                <xsl:call-template name="radio">
                  <xsl:with-param name="value" select="@value"/>
                  <xsl:with-param name="label" select="$label"/>
                  <xsl:with-param name="answer" select="$a"/>
                </xsl:call-template>
              </xsl:for-each>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:call-template name="radio">
            <xsl:with-param name="value" select="'?'"/>
            <xsl:with-param name="label" select="c:t('monitor.dont-know')"/>
            <xsl:with-param name="answer" select="$a"/>
          </xsl:call-template>
        </fieldset>
      </xsl:when>
      <xsl:otherwise>
        <div class="utrecht-form-field cimolt-form-field">
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="q-{$id}">
              <xsl:call-template name="q-text"><xsl:with-param name="nodes" select="q:text"/></xsl:call-template>
              <xsl:if test="@unit">
                <xsl:text> </xsl:text>
                <span class="cimolt-unit"><xsl:value-of select="c:t(concat('monitor.unit.', @unit))"/></span>
              </xsl:if>
              <xsl:if test="@type = 'percentage'"><xsl:text> (%)</xsl:text></xsl:if>
            </label>
          </div>
          <xsl:call-template name="help-and-error"/>
          <div class="utrecht-form-field__input">
            <xsl:choose>
              <xsl:when test="@type = 'text'">
                <textarea class="utrecht-textarea utrecht-textarea--html-textarea" id="q-{$id}" name="{$id}" rows="4">
                  <xsl:if test="normalize-space($describedby)">
                    <xsl:attribute name="aria-describedby"><xsl:value-of select="normalize-space($describedby)"/></xsl:attribute>
                  </xsl:if>
                  <xsl:if test="$err"><xsl:attribute name="aria-invalid">true</xsl:attribute></xsl:if>
                  <xsl:value-of select="$a/@value"/>
                </textarea>
              </xsl:when>
              <xsl:otherwise>
                <input class="utrecht-textbox utrecht-textbox--html-input cimolt-number" type="text" inputmode="numeric" id="q-{$id}" name="{$id}" value="{$a/@value}">
                  <xsl:if test="normalize-space($describedby)">
                    <xsl:attribute name="aria-describedby"><xsl:value-of select="normalize-space($describedby)"/></xsl:attribute>
                  </xsl:if>
                  <xsl:if test="$err"><xsl:attribute name="aria-invalid">true</xsl:attribute></xsl:if>
                </input>
              </xsl:otherwise>
            </xsl:choose>
          </div>
          <div class="cimolt-dont-know">
            <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="q-{$id}-weetniet" name="{$id}-weetniet" value="ja">
              <xsl:if test="$a/@dont-know = 'yes'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
            </input>
            <xsl:text> </xsl:text>
            <label class="utrecht-form-label utrecht-form-label--checkbox" for="q-{$id}-weetniet"><xsl:value-of select="c:t('monitor.dont-know')"/></label>
          </div>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </div>
</xsl:template>

<!-- A question's help text, prefilled mark and error (context: question). -->
<xsl:template name="help-and-error">
  <xsl:variable name="id" select="@id"/>
  <xsl:if test="q:help">
    <div class="utrecht-form-field-description" id="q-{$id}-help">
      <xsl:call-template name="q-text"><xsl:with-param name="nodes" select="q:help"/></xsl:call-template>
    </div>
  </xsl:if>
  <xsl:if test="$f/answer[@question = $id]/@prefilled = 'yes'">
    <p class="cimolt-prefilled"><xsl:value-of select="c:t('monitor.prefilled-mark')"/></p>
  </xsl:if>
  <xsl:for-each select="$f/error[@question = $id]">
    <div class="utrecht-form-field-error-message" id="q-{$id}-error">
      <p>
        <span class="cimolt-visually-hidden"><xsl:value-of select="c:t('form.error-prefix')"/><xsl:text> </xsl:text></span>
        <xsl:call-template name="error-text"/>
      </p>
    </div>
  </xsl:for-each>
</xsl:template>

<!-- One radio button of a question, checked when it is the answer. -->
<xsl:template name="radio">
  <xsl:param name="value"/>
  <xsl:param name="label"/>
  <xsl:param name="answer"/>
  <xsl:variable name="qid" select="ancestor-or-self::q:question/@id"/>
  <xsl:variable name="rid" select="concat('q-', $qid, '-', translate($value, '?', 'x'))"/>
  <div class="utrecht-form-field utrecht-form-field--radio cimolt-radio">
    <input class="utrecht-radio-button utrecht-radio-button--html-input" type="radio" id="{$rid}" name="{$qid}" value="{$value}">
      <xsl:if test="($value = '?' and $answer/@dont-know = 'yes') or ($value != '?' and $answer/@value = $value)">
        <xsl:attribute name="checked">checked</xsl:attribute>
      </xsl:if>
    </input>
    <xsl:text> </xsl:text>
    <label class="utrecht-form-label utrecht-form-label--radio" for="{$rid}"><xsl:value-of select="$label"/></label>
  </div>
</xsl:template>

</xsl:stylesheet>
